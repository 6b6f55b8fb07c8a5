// dateline pages: click an event to highlight its evidence in the article text.
// Reads only the page's own data-* attributes and toggles classes: no HTML is ever built from data.
"use strict";

function highlightEvidence(eventKey, scroll) {
  document.querySelectorAll(".ev-on").forEach(function (el) { el.classList.remove("ev-on"); });
  document.querySelectorAll(".event.active").forEach(function (el) { el.classList.remove("active"); });
  var pieces = document.querySelectorAll('[data-ev~="' + eventKey + '"]');
  pieces.forEach(function (el) { el.classList.add("ev-on"); });
  var item = document.getElementById("event-" + eventKey.slice(1));
  if (item) { item.classList.add("active"); }
  if (scroll && pieces.length) { pieces[0].scrollIntoView({ block: "center" }); }
  return pieces.length;
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("a.event-link[data-event]").forEach(function (link) {
    link.addEventListener("click", function (e) {
      e.preventDefault();
      var key = link.getAttribute("data-event");
      highlightEvidence(key, true);
      history.replaceState(null, "", "#ev-" + key.slice(1));
    });
  });
  // Arriving from the events explorer (?event=N) or a #ev-N link: show that evidence.
  var first = document.querySelector(".event.active a.event-link[data-event]");
  var hash = /^#ev-(\d+)$/.exec(location.hash);
  if (hash) { highlightEvidence("e" + hash[1], true); }
  else if (first) {
    var on = document.querySelector(".ev-on");  // the server marked it already
    if (on) { on.scrollIntoView({ block: "center" }); }
  }
});
