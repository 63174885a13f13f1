import "@mantine/core/styles.css";
import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { ForbiddenError } from "./app/guards";
import { i18nReady } from "./app/i18n";

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");

const root = createRoot(container, {
  // A page the role may not open is an answer ("no permission"), not a fault: React reports every
  // error a boundary catches, which would put a stack trace in the console of each such page.
  onCaughtError: (error, info) => {
    if (error instanceof ForbiddenError) return;
    console.error(error, info.componentStack);
  },
});

// The first render waits for the language's strings (a small chunk of their own, fetched while the
// session is asked for: app.tsx), so that no text shows as a bare key.
void i18nReady.then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
