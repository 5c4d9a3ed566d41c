// The chat page: talks to the assistant's socket.io channel and shows its replies, quick-reply
// buttons and the structured assessment card.
//   ?server=http://host:port   the Rasa server (default: this host, port 5005)
//   #token=...                 the channel token when the server requires one (kept in this tab only)
import { io } from "./node_modules/socket.io-client/dist/socket.io.esm.min.js";
import { LABELS, assessmentCard, hasHan, langOf } from "./labels.js";

const params = new URLSearchParams(location.search);
const server = params.get("server") || `${location.protocol}//${location.hostname}:5005`;
const hashToken = new URLSearchParams(location.hash.slice(1)).get("token");
if (hashToken) {
  sessionStorage.setItem("poems-token", hashToken);
  history.replaceState(null, "", location.pathname + location.search);
}
const token = sessionStorage.getItem("poems-token");

const log = document.getElementById("log");
const quick = document.getElementById("quick-replies");
const form = document.getElementById("composer");
const input = document.getElementById("message");
const status = document.getElementById("status");
let lang = langOf(params.get("lang") || navigator.language);
let sessionId = sessionStorage.getItem("poems-session");

function applyLabels() {
  const L = LABELS[lang];
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = L.title;
  for (const node of document.querySelectorAll("[data-label]")) {
    const key = node.dataset.label;
    if (node === status) node.textContent = L[status.dataset.state] || key;
    else if (L[key]) node.textContent = L[key];
  }
  for (const node of document.querySelectorAll("[data-label-placeholder]")) {
    node.placeholder = L[node.dataset.labelPlaceholder];
  }
}

function setStatus(state) {
  status.dataset.state = state;
  applyLabels();
}

function setLanguage(next) {
  if (next !== lang) { lang = next; applyLabels(); }
}

function add(node) {
  log.append(node);
  log.scrollTop = log.scrollHeight;
}

function bubble(text, who, extra = {}) {
  const node = document.createElement("div");
  node.className = `msg ${who}`;
  for (const [key, value] of Object.entries(extra)) node.setAttribute(key, value);
  node.textContent = text;
  add(node);
}

function showButtons(buttons) {
  quick.replaceChildren();
  for (const button of buttons) {
    const node = document.createElement("button");
    node.type = "button";
    node.textContent = button.title;
    node.addEventListener("click", () => send(button.payload, button.title));
    quick.append(node);
  }
}

const socket = io(server, { auth: token ? { token } : {}, reconnectionAttempts: 5 });

socket.on("connect", () => {
  setStatus("connected");
  socket.emit("session_request", { session_id: sessionId });
});
socket.on("connect_error", () => setStatus("refused"));
socket.on("disconnect", () => setStatus("disconnected"));
socket.on("session_confirm", (id) => {
  sessionId = typeof id === "string" ? id : id && id.session_id;
  sessionStorage.setItem("poems-session", sessionId);
});

socket.on("bot_uttered", (message) => {
  if (!message || typeof message !== "object") return;
  const custom = message.custom;
  if (custom && custom.type === "poems_assessment") {
    setLanguage(langOf(custom.language));
    add(assessmentCard(custom));
  }
  if (message.text) {
    if (!custom) setLanguage(hasHan(message.text) ? "zh" : lang);
    bubble(message.text, message.error ? "bot error" : "bot", message.error ? { "data-error": message.error } : {});
  }
  const buttons = message.quick_replies || message.buttons;
  if (Array.isArray(buttons) && buttons.length) showButtons(buttons);
});

function send(payload, shown) {
  const text = String(payload || "").trim();
  if (!text || !sessionId) return;
  quick.replaceChildren();
  bubble(shown || text, "user");
  socket.emit("user_uttered", { message: text, session_id: sessionId });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  send(input.value);
  input.value = "";
});
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
});

applyLabels();
