/**
 * Media that needs no camera or microphone: a WebAudio tone and a canvas that keeps changing
 * colour. The SDK takes them as `audioSource` and `videoSource`, so playback (and its autoplay
 * block) can be shown on any machine.
 */

/** A generated audio and video track, and how to stop them. */
export interface SyntheticTracks {
  readonly audio: MediaStreamTrack;
  readonly video: MediaStreamTrack;
  stop(): void;
}

/** Makes the tracks. The tone is quiet: it only has to be audible to count as sound. */
export function createSyntheticTracks(): SyntheticTracks {
  const context = new AudioContext();
  const tone = context.createOscillator();
  const gain = context.createGain();
  gain.gain.value = 0.05;
  const sink = context.createMediaStreamDestination();
  tone.connect(gain).connect(sink);
  tone.start();

  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 180;
  const g = canvas.getContext('2d');
  let hue = 0;
  const timer = setInterval(() => {
    if (!g) return;
    hue = (hue + 3) % 360;
    g.fillStyle = `hsl(${hue} 60% 45%)`;
    g.fillRect(0, 0, canvas.width, canvas.height);
  }, 100);

  const audio = sink.stream.getAudioTracks()[0];
  const video = canvas.captureStream(10).getVideoTracks()[0];
  if (!audio || !video) throw new Error('demo: this browser cannot make synthetic media tracks.');
  return {
    audio,
    video,
    stop() {
      clearInterval(timer);
      audio.stop();
      video.stop();
      void context.close();
    },
  };
}
