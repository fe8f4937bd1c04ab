// The block's editor side: a sidebar for the story URL, language, theme, view and heading level,
// and a live preview, the element itself (the plugin's script and its five language scripts are
// dependencies of this one, so the preview speaks whichever language is chosen).
// Plain JavaScript on WordPress's globals: nothing to build. The front end is rendered in PHP.
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment, useEffect, useState } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl } = wp.components;
  const { __ } = wp.i18n;
  const t = (text) => __(text, 'policy-explainer');

  /** `value` once it has stopped changing for `ms`: the preview fetches a URL once it is typed, not at every key. */
  function useSettled(value, ms) {
    const [settled, setSettled] = useState(value);
    useEffect(() => {
      const timer = setTimeout(() => setSettled(value), ms);
      return () => clearTimeout(timer);
    }, [value, ms]);
    return settled;
  }

  const option = (value, label) => ({ value, label });

  registerBlockType('policy-explainer/explainer', {
    edit({ attributes, setAttributes }) {
      const { src, lang, theme, view, headingLevel } = attributes;
      const previewSrc = useSettled(src, 600);
      const set = (name) => (value) => setAttributes({ [name]: value });
      const sidebar = h(
        InspectorControls,
        null,
        h(
          PanelBody,
          { title: t('Explainer') },
          h(TextControl, {
            label: t('Story URL'),
            help: t('A dataset JSON file (https://…). Empty: the bundled story, Chicago’s Welcoming City ordinance.'),
            type: 'url',
            value: src,
            onChange: set('src'),
          }),
          h(SelectControl, {
            label: t('Language'),
            value: lang,
            // Each language by its own name, as a reader of it looks for it.
            options: [
              option('', t('The page’s language')),
              option('en', 'English'),
              option('es', 'Español'),
              option('fr', 'Français'),
              option('de', 'Deutsch'),
              option('pt', 'Português'),
              option('it', 'Italiano'),
              option('ar', 'العربية'),
            ],
            onChange: set('lang'),
          }),
          h(SelectControl, {
            label: t('Theme'),
            value: theme,
            options: [option('auto', t('Follow the reader')), option('light', t('Light')), option('dark', t('Dark'))],
            onChange: set('theme'),
          }),
          h(SelectControl, {
            label: t('Show'),
            value: view,
            options: [option('both', t('Timeline and matrix')), option('timeline', t('Timeline only')), option('matrix', t('Matrix only'))],
            onChange: set('view'),
          }),
          h(SelectControl, {
            label: t('Heading level'),
            help: t('The level of the explainer’s own heading, to fit the post’s outline.'),
            value: String(headingLevel),
            options: [1, 2, 3, 4, 5, 6].map((n) => option(String(n), `H${n}`)),
            onChange: (value) => setAttributes({ headingLevel: Number(value) }),
          }),
        ),
      );
      // React sets a custom element's props as attributes; undefined removes one (the default applies).
      const preview = h('policy-explainer', {
        src: previewSrc || undefined,
        lang: lang || undefined,
        theme,
        view,
        'heading-level': String(headingLevel),
      });
      return h(Fragment, null, sidebar, h('div', useBlockProps(), preview));
    },
    // Rendered on the server (render_block in policy-explainer.php): the same markup as the snippets.
    save: () => null,
  });
})(window.wp);
