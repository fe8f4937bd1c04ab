// The documented resize listener, as a publisher would paste it.
window.__heights = [];
addEventListener('message', function (e) {
  var d = e.data;
  if (d && d.type === 'policy-explainer:height')
    document.querySelectorAll('iframe').forEach(function (f) {
      if (f.contentWindow === e.source) {
        f.style.height = d.height + 'px';
        window.__heights.push(d);
      }
    });
});
