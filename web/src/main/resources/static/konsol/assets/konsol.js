// The agent console's behaviour beyond htmx: CSRF header, session expiry, live calls, search context, shortcuts.
(function () {
  "use strict";

  function cookie(name) {
    const found = document.cookie.split("; ").find((part) => part.startsWith(name + "="));
    return found ? decodeURIComponent(found.substring(name.length + 1)) : "";
  }

  function say(text) {
    const banner = document.getElementById("besked");
    if (banner) {
      banner.textContent = text;
      banner.hidden = false;
    }
  }

  // Writes carry the gateway's CSRF token: htmx requests as a header, plain forms as a field (rendered by the server,
  // renewed here when the cookie changed since).
  document.addEventListener("htmx:configRequest", (event) => {
    const token = cookie("XSRF-TOKEN");
    if (token) {
      event.detail.headers["X-XSRF-TOKEN"] = token;
    }
  });
  document.addEventListener("submit", (event) => {
    const field = event.target.querySelector("input[name=_csrf]");
    if (field && cookie("XSRF-TOKEN")) {
      field.value = cookie("XSRF-TOKEN");
    }
  }, true);

  document.addEventListener("DOMContentLoaded", () => {
    // The console's own answers are HTML in Danish, also refusals; the gateway's (an ended session) are JSON.
    htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "[23]..", swap: true },
      { code: "401", swap: false, error: true },
      { code: "[45]..", swap: true, error: false },
    ];
  });
  document.addEventListener("htmx:beforeSwap", (event) => {
    const type = event.detail.xhr.getResponseHeader("Content-Type") || "";
    if (type.includes("json")) {
      event.detail.shouldSwap = false;
      say(event.detail.xhr.status === 401
        ? "Din session er udløbet. Genindlæs siden for at logge ind igen – det, du har skrevet, står der stadig."
        : "Der skete en fejl. Prøv igen om lidt.");
    }
  });
  document.addEventListener("htmx:responseError", (event) => {
    if (event.detail.xhr.status === 401) {
      say("Din session er udløbet. Genindlæs siden for at logge ind igen – det, du har skrevet, står der stadig.");
    }
  });
  document.addEventListener("htmx:sendError", () => say("Konsollen kan ikke nå serveren. Tjek forbindelsen."));

  // Live calls: on (re)connect the server sends every open call again; a card already shown stays as it is.
  function status(text) {
    const line = document.getElementById("opkald-status");
    if (line) {
      line.textContent = text;
    }
  }
  document.addEventListener("htmx:sseOpen", () => status("Forbundet. Nye opkald vises her med det samme."));
  document.addEventListener("htmx:sseError", () => status("Forbindelsen til telefonien er afbrudt. Forbinder igen …"));
  document.addEventListener("htmx:sseBeforeMessage", (event) => {
    const id = /id="(kontakt-[^"]+)"/.exec(event.detail.data);
    if (id && document.getElementById(id[1])) {
      event.preventDefault();
    }
  });
  document.addEventListener("htmx:sseMessage", () => {
    const newest = document.querySelector("#opkald-liste > .kort:not(.kort--afsluttet)");
    if (!newest) {
      return;
    }
    const announce = document.getElementById("opkald-nyt");
    if (announce) {
      announce.textContent = "Nyt opkald: " + (newest.dataset.memberName || "ukendt nummer");
    }
    if (!document.querySelector(".kort--aktiv")) {
      activate(newest);
    }
  });

  // The active call sets the guide search's member context: common guides plus the caller's member's own.
  function activate(card) {
    document.querySelectorAll(".kort--aktiv").forEach((other) => other.classList.remove("kort--aktiv"));
    card.classList.add("kort--aktiv");
    const member = document.getElementById("soeg-medlem");
    const context = document.getElementById("soeg-kontekst");
    if (member && card.dataset.memberId) {
      member.value = card.dataset.memberId;
      context.textContent = "Søger i de fælles guider og i " + card.dataset.memberName + "s egne.";
    }
  }
  document.addEventListener("click", (event) => {
    const button = event.target.closest(".brug-kontekst");
    if (button) {
      activate(button.closest(".kort"));
      document.getElementById("soeg").focus();
    }
  });

  // A guide opened during a call counts as used in that call's wrap-up.
  document.addEventListener("htmx:afterSwap", (event) => {
    if (event.detail.target.id !== "guide") {
      // A card shown again (refused wrap-up) keeps the search context of the call being worked on.
      const open = document.querySelector("#opkald-liste > .kort:not(.kort--afsluttet)");
      if (open && !document.querySelector(".kort--aktiv")) {
        activate(open);
      }
      return;
    }
    const guide = event.detail.target.querySelector(".guide");
    const card = document.querySelector(".kort--aktiv:not(.kort--afsluttet)");
    if (guide && card && !card.querySelector('input[name=guideIds][value="' + guide.dataset.guideId + '"]')) {
      const item = document.createElement("li");
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = "guideIds";
      field.value = guide.dataset.guideId;
      const title = document.createElement("input");
      title.type = "hidden";
      title.name = "guideTitles";
      title.value = guide.dataset.guideTitle || guide.dataset.guideId;
      item.append(field, title, document.createTextNode(title.value));
      card.querySelector(".brugte-guider__liste").append(item);
    }
    const heading = document.getElementById("guide-titel");
    if (heading) {
      heading.focus();
    }
  });

  // Shortcuts, never while typing in a field (Esc leaves the field).
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "Escape" && typing) {
      typing.blur();
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const go = {
      "/": () => document.getElementById("soeg"),
      o: () => document.querySelector("#opkald-liste .kort:not(.kort--afsluttet) .kort__titel"),
      g: () => document.getElementById("guide-titel"),
      n: () => {
        const manual = document.getElementById("manuel");
        if (manual) {
          manual.open = true;
          return manual.querySelector("input, select");
        }
        return null;
      },
    }[event.key];
    const target = go && go();
    if (target) {
      event.preventDefault();
      target.focus();
    }
  });
})();
