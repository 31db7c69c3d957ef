// The face_match step of the employee page (no inline script: the page CSP is script-src 'self').
// Asks the service for a random head-turn challenge, opens the front camera, guides the employee
// through the turns while capturing a frame every 500 ms (downscaled to 640 px, JPEG), posts the
// frames, then reloads the session page, which shows the outcome. The decision is the server's.
(function () {
  'use strict';
  var root = document.getElementById('face-step');
  var button = document.getElementById('face-start');
  var video = document.getElementById('face-video');
  var instruction = document.getElementById('face-instruction');
  var statusLine = document.getElementById('face-status');
  if (!root || !button || !video) return;
  var csrf = root.getAttribute('data-csrf');
  var base = root.getAttribute('data-action-base');
  var STRAIGHT_MS = 1500;
  var TURN_MS = 2200;
  var FRAME_EVERY_MS = 500;
  var MAX_SIDE = 640;

  function say(text) {
    statusLine.textContent = text;
    statusLine.hidden = !text;
  }
  function instruct(text) {
    instruction.textContent = text;
    instruction.hidden = !text;
  }
  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json.detail || json.title || 'The request failed');
        return json;
      });
    });
  }
  function cameraProblem(error) {
    var name = error && error.name;
    if (name === 'NotAllowedError' || name === 'SecurityError')
      return 'Camera access was denied. Allow the camera for this page (the camera icon in the address bar, or your browser settings), then press the button again.';
    if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError')
      return 'No camera was found. Use a phone or computer with a front camera, then open the link again.';
    if (name === 'NotReadableError')
      return 'The camera is in use by another app. Close it, then press the button again.';
    return (error && error.message) || 'The camera could not start.';
  }
  function wait(ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  }
  function grab() {
    var w = video.videoWidth;
    var h = video.videoHeight;
    if (!w || !h) return Promise.resolve(null);
    var scale = Math.min(1, MAX_SIDE / Math.max(w, h));
    var canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
    return new Promise(function (resolve) {
      canvas.toBlob(
        function (blob) {
          if (!blob) return resolve(null);
          var reader = new FileReader();
          reader.onload = function () {
            resolve(String(reader.result).split(',')[1] || null);
          };
          reader.readAsDataURL(blob);
        },
        'image/jpeg',
        0.85,
      );
    });
  }
  function turnText(turn, first) {
    return (
      (first ? 'Turn your head to your ' : 'Now turn your head to your ') +
      turn.toUpperCase() +
      (turn === 'left' ? ' ←' : ' →')
    );
  }

  function run() {
    var stream = null;
    var frames = [];
    button.disabled = true;
    say('Preparing your face check…');
    post(base + '/challenge', {})
      .then(function (result) {
        if (!result.data || !result.data.challenge) {
          window.location.assign('/session');
          throw null;
        }
        var challenge = result.data.challenge;
        say('Allow the camera when your browser asks.');
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
          throw new Error(
            'This browser cannot use the camera. Open the link in an up-to-date browser on a phone or computer with a camera.',
          );
        }
        return navigator.mediaDevices
          .getUserMedia({ video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } }, audio: false })
          .catch(function (error) {
            throw new Error(cameraProblem(error));
          })
          .then(function (s) {
            stream = s;
            video.srcObject = s;
            video.hidden = false;
            return video.play();
          })
          .then(function () {
            say('Keep your whole face inside the picture, alone, in good light.');
            var started = Date.now();
            var total = STRAIGHT_MS + challenge.turns.length * TURN_MS;
            var capture = (function loop() {
              if (Date.now() - started >= total) return Promise.resolve();
              return grab().then(function (frame) {
                if (frame) frames.push(frame);
                return wait(FRAME_EVERY_MS).then(loop);
              });
            })();
            instruct('Look straight at the camera');
            var prompts = wait(STRAIGHT_MS);
            challenge.turns.forEach(function (turn, i) {
              prompts = prompts.then(function () {
                instruct(turnText(turn, i === 0));
                return wait(TURN_MS);
              });
            });
            return Promise.all([capture, prompts]).then(function () {
              return challenge;
            });
          });
      })
      .then(function (challenge) {
        stream.getTracks().forEach(function (t) {
          t.stop();
        });
        video.hidden = true;
        instruct('');
        say('Checking… this takes a few seconds.');
        return post(base + '/attempt', { challenge_id: challenge.id, frames: frames });
      })
      .then(function (result) {
        if (result.status === 'pending') {
          say(result.notice || 'The face check did not pass. Try again.');
          button.textContent = 'Try again';
          button.disabled = false;
          button.focus();
          return;
        }
        window.location.assign('/session');
      })
      .catch(function (error) {
        if (error === null) return;
        if (stream)
          stream.getTracks().forEach(function (t) {
            t.stop();
          });
        video.hidden = true;
        instruct('');
        say((error && error.message) || 'The face check did not complete.');
        button.disabled = false;
        button.focus();
      });
  }

  button.addEventListener('click', run);
})();
