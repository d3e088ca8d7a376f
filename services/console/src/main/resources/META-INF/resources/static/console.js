/*
 * Golive console: the little the pages need from the browser. Pages work without it (forms post,
 * times are rendered by the server); with it, countdowns tick, times are shown in the viewer's zone
 * when only the browser knows it, and live events refresh the panels that changed.
 */
(function () {
  'use strict';

  var body = document.body;
  var browserZone = (Intl.DateTimeFormat().resolvedOptions().timeZone) || 'UTC';
  var viewerZone = body.dataset.viewerZone || browserZone;

  function format(instant, zone) {
    return new Intl.DateTimeFormat('en-US', {
      weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone, timeZoneName: 'short'
    }).format(instant);
  }

  /*
   * The viewer's own time beside the cutover's, unless they are the same zone. The server already
   * wrote it when it knows the viewer's zone; otherwise the browser's zone is used here.
   */
  function showViewerTimes(root) {
    root.querySelectorAll('[data-viewer-time]').forEach(function (el) {
      if (el.dataset.zone === viewerZone || el.textContent.trim()) {
        return;
      }
      var instant = new Date(el.dataset.viewerTime);
      if (!isNaN(instant)) {
        el.textContent = 'your time: ' + format(instant, viewerZone);
      }
    });
    root.querySelectorAll('[data-viewer-zone-label]').forEach(function (el) {
      if (!el.textContent.trim()) {
        el.textContent = browserZone + ' (your browser)';
      }
    });
  }

  function describe(ms) {
    var minutes = Math.floor(ms / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    var text = (days > 0 ? days + ' d ' : '') + hours + ' h ' + (minutes % 60) + ' min';
    if (days === 0 && hours === 0 && minutes < 10) {
      text += ' ' + Math.floor((ms % 60000) / 1000) + ' s';
    }
    return text;
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-countdown]').forEach(function (el) {
      var at = Date.parse(el.dataset.countdown);
      if (isNaN(at)) {
        return;
      }
      var left = at - now;
      el.textContent = left >= 0 ? 'in ' + describe(left) : describe(-left) + ' ago';
      el.classList.toggle('passed', left < 0);
      el.classList.toggle('soon', left >= 0 && left < 4 * 3600 * 1000);
    });
  }

  var liveStatus = document.getElementById('live-status');
  function say(text) {
    if (liveStatus) {
      liveStatus.textContent = text;
    }
  }

  /* A panel holding the field being typed in waits until focus leaves it, so no input is lost. */
  var pending = {};
  function busy(el) {
    return el.contains(document.activeElement) && /INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName);
  }

  function replace(id, url) {
    var old = document.getElementById(id);
    if (!old) {
      return;
    }
    if (busy(old)) {
      pending[id] = url;
      return;
    }
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var holder = document.createElement('div');
        holder.innerHTML = html.trim();
        var fresh = holder.querySelector('#' + id) || holder.firstElementChild;
        var current = document.getElementById(id);
        if (fresh && current) {
          current.replaceWith(fresh);
          showViewerTimes(fresh);
          tick();
          say('Updated ' + new Date().toLocaleTimeString());
        }
      })
      .catch(function () {
        say('Could not refresh; reload the page if this lasts.');
      });
  }

  document.addEventListener('focusout', function () {
    setTimeout(function () {
      Object.keys(pending).forEach(function (id) {
        var url = pending[id];
        delete pending[id];
        replace(id, url);
      });
    }, 0);
  });

  /* Bursts of events (one change often makes several) refresh each panel once. */
  var timers = {};
  function soon(id, url) {
    clearTimeout(timers[id]);
    timers[id] = setTimeout(function () { replace(id, url); }, 250);
  }

  function follow(url, eventName, onEvent) {
    if (!url || !('EventSource' in window)) {
      return;
    }
    var source = new EventSource(url);
    source.addEventListener('open', function () { say('Live'); });
    source.addEventListener('error', function () { say('Reconnecting…'); });
    source.addEventListener(eventName, onEvent);
  }

  follow(body.dataset.events, 'panels', function (event) {
    event.data.split(' ').forEach(function (panel) {
      if (/^[a-z]+$/.test(panel)) {
        soon('panel-' + panel, body.dataset.panels + panel);
      }
    });
  });
  follow(body.dataset.statusEvents, 'status', function () {
    soon('status-list', body.dataset.statusList);
  });

  showViewerTimes(document);
  tick();
  setInterval(tick, 1000);
  window.goliveConsoleReady = true;
}());
