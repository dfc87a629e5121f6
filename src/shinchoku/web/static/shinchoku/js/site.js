/* shinchoku: the few behaviours the pages need, kept out of the HTML so that the
   Content-Security-Policy can forbid inline scripts (script-src 'self'). */
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-print]");
  if (button) {
    event.preventDefault();
    window.print();
  }
});
