/* global TRTC */
// Real TRTC SDK v5 errors, produced the ways REAL-SDK-V5.md lists, and the events that cannot be
// produced offline (kicked-out, autoplay-failed, error 5501) delivered through the real
// instance's own emit(). Each scenario resolves to a plain, serialisable summary of what the SDK
// rejected with (never throws itself). External file: works under a strict CSP.
(function () {
  'use strict';
  // Same origin as the page: the SDK's schedule requests and log uploads go to the test server.
  var SINK = location.origin + '/sink';
  var PROXY = { scheduleProxy: location.host + '/sink/schedule', loggerProxy: SINK };
  /** A userSig shaped like a real one (long, base64-ish): tests check it appears nowhere. */
  var USER_SIG = 'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1Pd80vzijJTU8GmzQyNzUwNTM0sLcwNjQ2MjJVqAQCbfg7e';
  var ENTER = {
    sdkAppId: 1400000000,
    userId: 'e2e-v5-user',
    userSig: USER_SIG,
    roomId: 1234,
    proxy: PROXY,
  };

  function summary(error) {
    if (!error || typeof error !== 'object') return { thrown: false, value: String(error) };
    var origin = error.originError;
    return {
      thrown: true,
      name: error.name,
      code: error.code,
      extraCode: error.extraCode,
      functionName: error.functionName,
      message: String(error.message),
      originCode: origin && typeof origin.getCode === 'function' ? origin.getCode() : undefined,
    };
  }

  function settle(run) {
    try {
      return Promise.resolve(run()).then(function () {
        return { thrown: false };
      }, summary);
    } catch (e) {
      return Promise.resolve(summary(e));
    }
  }

  function enter(overrides) {
    return Object.assign({}, ENTER, overrides);
  }

  /** The page's one instance, made on first use (the script tag watches TRTC.create()). */
  function instance() {
    if (!window.__trtc) {
      // The SDK's own autoplay dialog off, as an app using trtc-doctor's Resume would choose.
      window.__trtc = TRTC.create({ enableAutoPlayDialog: false });
    }
    return window.__trtc;
  }

  /** A real RtcError, made by the SDK's own class (reachable only through a real error). */
  var errorClass;
  function realError(fields) {
    if (!errorClass) throw new Error('run a real-error scenario first (errorClass unknown)');
    return new errorClass(fields);
  }

  window.__resumeCalls = [];
  window.USER_SIG = USER_SIG;

  window.scenarios = {
    /** enterRoom({}): INVALID_PARAMETER 5000, extraCode 5001 (a required field missing). */
    enterRoomEmpty: function () {
      return settle(function () {
        return instance().enterRoom({});
      });
    },
    /** roomId as a string: 5000/5016. */
    roomIdString: function () {
      return settle(function () {
        return instance().enterRoom(enter({ roomId: '1234' }));
      });
    },
    /** roomId 0: 5000/5015. */
    roomIdZero: function () {
      return settle(function () {
        return instance().enterRoom(enter({ roomId: 0 }));
      });
    },
    /** The camera: 5300/5301 with no camera, 5300/5302 when the prompt is denied. */
    startLocalVideo: function () {
      return settle(function () {
        return instance().startLocalVideo({ view: 'player' });
      });
    },
    /** The camera again while it is already starting (fake devices, granted): 5998. */
    startLocalVideoTwice: function () {
      var trtc = instance();
      var first = trtc.startLocalVideo({ view: 'player' });
      return settle(function () {
        return trtc.startLocalVideo({ view: 'player' });
      }).then(function (second) {
        return first.then(
          function () {
            return second;
          },
          function () {
            return second;
          },
        );
      });
    },
    /** A camera id that does not exist (after a started camera): 5300/5304. */
    badCameraId: function () {
      var trtc = instance();
      return settle(function () {
        return trtc.startLocalVideo({ view: 'player' }).then(function () {
          return trtc.updateLocalVideo({ option: { cameraId: 'nope' } });
        });
      });
    },
    /** A view element id that does not exist: 5000/5009. */
    viewMissing: function () {
      return settle(function () {
        return instance().startLocalVideo({ view: 'nope' });
      });
    },
    /** sendSEIMessage without TRTC.create({ enableSEI: true }): 5100/5108. */
    seiWithoutEnable: function () {
      return settle(function () {
        return instance().sendSEIMessage(new Uint8Array([1, 2, 3]).buffer);
      });
    },
    /** startRemoteVideo before enterRoom: 5100/5101. */
    remoteVideoBeforeEnter: function () {
      return settle(function () {
        return instance().startRemoteVideo({
          userId: 'someone',
          streamType: TRTC.TYPE.STREAM_TYPE_MAIN,
          view: 'player',
        });
      });
    },
    /** switchRole before enterRoom: 5100/5101. */
    switchRoleBeforeEnter: function () {
      return settle(function () {
        return instance().switchRole(TRTC.TYPE.ROLE_ANCHOR);
      });
    },
    /** A valid enterRoom with the schedule hosts unreachable: 5500, originError SCHEDULE_FAILED. */
    enterRoomOffline: function () {
      return settle(function () {
        return instance().enterRoom(enter());
      });
    },
    /** Learns the SDK's RtcError class from a real error (needed by emitError). */
    learnErrorClass: function () {
      return instance()
        .enterRoom({})
        .then(
          function () {
            return false;
          },
          function (error) {
            errorClass = error.constructor;
            return true;
          },
        );
    },
    /** An `error` event (e.g. 5500/5501, firewall) made by the SDK's class, through its emit. */
    emitError: function (code, extraCode) {
      var error = realError({ code: code, extraCode: extraCode });
      instance().emit('error', error);
      return Promise.resolve(summary(error));
    },
    /**
     * An `error` 5500/5503 (an exception thrown inside the app's own `trtc.on()` handler) whose
     * message quotes the userSig, as an app's careless error text would, and a control word.
     */
    emitHandlerError: function (control) {
      var error = realError({
        code: 5500,
        extraCode: 5503,
        message: 'app handler threw: cannot join with userSig ' + USER_SIG + ' ' + control,
      });
      instance().emit('error', error);
      return Promise.resolve(summary(error));
    },
    /** `kicked-out` through the instance's own emit. */
    emitKickedOut: function (reason) {
      instance().emit('kicked-out', { reason: reason });
      return Promise.resolve(true);
    },
    /**
     * `autoplay-failed` through the instance's own emit, with a resume() that records whether it
     * ran inside a user gesture and stays pending (so only the play-state event settles the card).
     */
    emitAutoplayFailed: function (userId, mediaType) {
      instance().emit('autoplay-failed', {
        userId: userId,
        mediaType: mediaType,
        resume: function () {
          window.__resumeCalls.push({
            userId: userId,
            mediaType: mediaType,
            gesture: navigator.userActivation.isActive,
          });
          return new Promise(function () {});
        },
      });
      return Promise.resolve(true);
    },
    /** The play-state event the SDK emits once the remote media plays. */
    emitPlaying: function (userId, mediaType) {
      var event = mediaType === 'audio' ? 'audio-play-state-changed' : 'video-play-state-changed';
      instance().emit(event, { userId: userId, state: 'PLAYING', reason: 'playing' });
      return Promise.resolve(true);
    },
  };
})();
