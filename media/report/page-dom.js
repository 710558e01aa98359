// @ts-check
// What the report's and the agreement page's scripts share: elements made with text only, never
// from HTML, so nothing from an annotation file can become markup.
(function () {
  /** Creates an element with a class and text, and appends children. */
  function el(tag, className, text, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const child of children) if (child) node.appendChild(child);
    return node;
  }
  // Read by the page script loaded after this one.
  /** @type {any} */ (window).pageDom = { el };
})();
