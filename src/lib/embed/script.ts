/**
 * The one script a host site includes (`<script src="…/indlejr.js" data-aarshjul="/indlejr/…">`):
 * it puts the frame where the tag stands and fits the frame's height to the embed, believing
 * only height messages that come from this app's origin and from that very frame. Written as
 * plain ES5 so any host page can run it; served by src/routes/indlejr.js.
 */
export const EMBED_SCRIPT = `(function () {
	var tag = document.currentScript;
	if (!tag || !tag.src) return;
	var origin = new URL(tag.src).origin;
	var path = tag.getAttribute('data-aarshjul') || '/indlejr/aarshjul';
	if (path.indexOf('/indlejr/') !== 0) return;
	var frame = document.createElement('iframe');
	frame.src = origin + path;
	frame.title = tag.getAttribute('data-titel') || 'Årshjul';
	frame.loading = 'lazy';
	frame.style.width = '100%';
	frame.style.height = '600px';
	frame.style.border = '0';
	frame.style.display = 'block';
	tag.parentNode.insertBefore(frame, tag.nextSibling);
	window.addEventListener('message', function (event) {
		if (event.origin !== origin || event.source !== frame.contentWindow) return;
		var data = event.data;
		if (!data || data.type !== 'aarshjul:hoejde' || typeof data.height !== 'number' || !(data.height > 0)) return;
		frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
	});
})();
`;
