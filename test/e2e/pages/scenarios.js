/* global TRTC */
// Real TRTC SDK errors, produced the ways REAL-SDK.md lists. Each scenario resolves to a plain,
// serialisable summary of what the SDK threw or rejected with (never throws itself), so tests can
// check the SDK's own behaviour apart from trtc-doctor's. External file: works under a strict CSP.
(function () {
  'use strict';
  // Same origin as the page: the SDK's log and stat uploads go to the test server's sink.
  var SINK = location.origin + '/sink';
  var FAKE = {
    mode: 'rtc',
    sdkAppId: 1400000000,
    userId: 'e2e-user',
    userSig: 'e2e-fake-user-sig',
  };

  function summary(error) {
    if (!error || typeof error !== 'object') return { thrown: false, value: String(error) };
    return {
      thrown: true,
      name: error.name,
      code: typeof error.getCode === 'function' ? error.getCode() : undefined,
      extraCode: typeof error.getExtraCode === 'function' ? error.getExtraCode() : undefined,
      message: String(error.message),
    };
  }

  function settle(promise) {
    return Promise.resolve(promise).then(function () {
      return { thrown: false };
    }, summary);
  }

  function client(config) {
    var c = TRTC.createClient(config || FAKE);
    // Log and stat uploads, which start after a join attempt, stay on loopback.
    c.setProxyServer({ loggerProxy: SINK, scheduleProxy: location.host });
    return c;
  }

  // A stream that needs no device: a WebAudio oscillator and a canvas that keeps drawing.
  function syntheticTracks() {
    var audio = new AudioContext();
    var osc = audio.createOscillator();
    var dest = audio.createMediaStreamDestination();
    osc.connect(dest);
    osc.start();
    var canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    var g = canvas.getContext('2d');
    var hue = 0;
    var timer = setInterval(function () {
      hue = (hue + 7) % 360;
      g.fillStyle = 'hsl(' + hue + ', 70%, 50%)';
      g.fillRect(0, 0, 160, 120);
    }, 100);
    window.__stopSynthetic = function () {
      clearInterval(timer);
      audio.close();
    };
    return {
      audioSource: dest.stream.getAudioTracks()[0],
      videoSource: canvas.captureStream(10).getVideoTracks()[0],
    };
  }

  // On the SDK-only page: a host button that resumes inside its own click, as a host would.
  var resumeButton = document.getElementById('sdk-resume');
  if (resumeButton) {
    resumeButton.addEventListener('click', function () {
      window.__resumed = settle(window.__stream.resume());
    });
  }

  window.scenarios = {
    /** createClient with no parameters: a synchronous INVALID_PARAMETER. */
    invalidParameter: function () {
      try {
        TRTC.createClient({});
        return Promise.resolve({ thrown: false });
      } catch (e) {
        return Promise.resolve(summary(e));
      }
    },
    /** publish() before join(): INVALID_OPERATION. */
    invalidOperation: function () {
      var tracks = syntheticTracks();
      var stream = TRTC.createStream({
        userId: FAKE.userId,
        audioSource: tracks.audioSource,
        videoSource: tracks.videoSource,
      });
      return stream.initialize().then(function () {
        return settle(client().publish(stream));
      });
    },
    /** Camera and microphone capture: DEVICE_NOT_FOUND, or INITIALIZE_FAILED when denied. */
    capture: function () {
      var stream = TRTC.createStream({ userId: FAKE.userId, audio: true, video: true });
      return settle(stream.initialize());
    },
    /** join() with DNS blocked: SCHEDULE_FAILED. */
    join: function () {
      window.__client = client();
      return settle(window.__client.join({ roomId: 1234 }));
    },
    /** play() outside a user gesture: PLAY_NOT_ALLOWED. Keeps the stream for resume(). */
    playBlocked: function () {
      var tracks = syntheticTracks();
      var stream = TRTC.createStream({
        userId: FAKE.userId,
        audioSource: tracks.audioSource,
        videoSource: tracks.videoSource,
      });
      window.__stream = stream;
      return stream.initialize().then(function () {
        return settle(stream.play('player', { muted: false }));
      });
    },
    /** resume() called by script, outside any gesture. */
    resumeWithoutGesture: function () {
      return settle(window.__stream.resume());
    },
    /** The state of the played stream's media elements. */
    playerState: function () {
      var media = Array.prototype.slice.call(
        document.querySelectorAll('#player video, #player audio'),
      );
      return media.map(function (m) {
        return { tag: m.tagName.toLowerCase(), paused: m.paused };
      });
    },
  };
})();
