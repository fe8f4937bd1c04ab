<?php
/**
 * Plugin Name:       Policy Explainer
 * Description:       A timeline of how a policy came to be and a matrix of who stands where, with sources: as a block or the [policy-explainer] shortcode, for every role that can write posts. The script is served from this plugin's folder: no third-party request, no cookies, no tracking.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       policy-explainer
 *
 * @package PolicyExplainer
 */

namespace PolicyExplainer;

defined( 'ABSPATH' ) || exit;

const VERSION = '0.1.0';

/**
 * Interface languages beyond the script's own English: each is a small script in this plugin's
 * lang/ folder (the project's dist/lang/<tag>.js), added to the pages that need it so that it
 * arrives with the main script (the script would otherwise import it itself, a moment later).
 */
const LANGUAGE_SCRIPTS = array( 'es', 'fr', 'de', 'pt', 'it', 'ar' );

/** Languages written right to left: their fallback carries dir="rtl" (the element sets its own direction once it runs). */
const RTL = array( 'ar' );

/** Allowed values of the explainer's choice attributes; the first is the element's default, left out of the markup. */
const CHOICES = array(
	'lang'  => array( '', 'en', ...LANGUAGE_SCRIPTS ),
	'theme' => array( 'auto', 'light', 'dark' ),
	'view'  => array( 'both', 'timeline', 'matrix' ),
);

/** What readers see where the explainer cannot run (a feed reader, no JavaScript): a sentence and the data link. */
const FALLBACK = array(
	'en' => array(
		'story' => 'Chicago’s Welcoming City ordinance: how it came to be and who stands where.',
		'other' => 'An explainer: a timeline and who stands where.',
		'link'  => 'Get the data',
	),
	'es' => array(
		'story' => 'La ordenanza de Ciudad Acogedora de Chicago: cómo surgió y qué postura tiene cada actor.',
		'other' => 'Un explicador: una cronología y qué postura tiene cada actor.',
		'link'  => 'Descargar los datos',
	),
	// The words of the interface's own tables (src/i18n/<tag>.ts): its name for an explainer
	// (errorTitle), howWeGotHere, whoStandsWhere or matrixCaption, timelineLabel, getData.
	// French: a no-break space before the colon and inside « ».
	'fr' => array(
		'story' => "L’ordonnance «\u{a0}Ville accueillante\u{a0}» de Chicago\u{a0}: comment on en est arrivé là et qui pense quoi.",
		'other' => "Un décryptage\u{a0}: une chronologie et qui pense quoi.",
		'link'  => 'Télécharger les données',
	),
	'de' => array(
		'story' => 'Chicagos Verordnung „Willkommensstadt“: wie es dazu kam und wer wo steht.',
		'other' => 'Ein Erklärstück: eine Chronik und wer wo steht.',
		'link'  => 'Daten herunterladen',
	),
	'pt' => array(
		'story' => 'A lei Cidade Acolhedora de Chicago: como chegamos até aqui e quem defende o quê.',
		'other' => 'Um explicativo: uma linha do tempo e quem defende o quê.',
		'link'  => 'Baixar os dados',
	),
	'it' => array(
		'story' => 'L’ordinanza Città accogliente di Chicago: come si è arrivati fin qui e chi è a favore, chi è contro.',
		'other' => 'Un approfondimento: una cronologia e chi è a favore, chi è contro.',
		'link'  => 'Scarica i dati',
	),
	'ar' => array(
		'story' => 'قانون «المدينة المرحِّبة» في شيكاغو: كيف وصلنا إلى هنا ومواقف الأطراف.',
		'other' => 'محتوى تفاعلي: تسلسل زمني ومواقف الأطراف.',
		'link'  => 'تنزيل البيانات',
	),
);

/** The full explainer is taller than a screen: its room is kept until the script has run (as in the snippets). */
const ROOM = 'display:block;min-height:100vh';

add_action( 'init', __NAMESPACE__ . '\register' );

/** The script handle of a language in LANGUAGE_SCRIPTS. */
function language_handle( string $tag ): string {
	return "policy-explainer-lang-$tag";
}

/**
 * The page's language as the element reads it when it has no `lang` of its own: the `<html lang>`
 * WordPress writes (get_bloginfo( 'language' ): the site's locale, fr_FR as fr-FR, unless its
 * translation names another tag), reduced to its language (fr, pt, ar…) in lower case.
 */
function page_language(): string {
	return strtolower( explode( '-', (string) get_bloginfo( 'language' ) )[0] );
}

/**
 * The language an explainer speaks: its `lang`, else the page's, as a key of FALLBACK; English
 * for a language the interface does not speak (the element falls back to English too).
 *
 * @param array<string, string> $attrs From attributes().
 */
function language( array $attrs ): string {
	$lang = $attrs['lang'] ?? page_language();
	return isset( FALLBACK[ $lang ] ) ? $lang : 'en';
}

/** Registers the script (from this folder), the block and the shortcode. */
function register(): void {
	// In the footer: the element upgrades after the page is parsed, and its style keeps its room until then.
	wp_register_script( 'policy-explainer', plugins_url( 'policy-explainer.js', __FILE__ ), array(), VERSION, true );
	// A language's script registers itself with the elements whichever runs first (it waits for
	// customElements.whenDefined); depending on the main script prints it after, as the README
	// shows, and enqueuing it alone brings the main script along.
	foreach ( LANGUAGE_SCRIPTS as $tag ) {
		wp_register_script( language_handle( $tag ), plugins_url( "lang/$tag.js", __FILE__ ), array( 'policy-explainer' ), VERSION, true );
	}
	// The editor's preview may be switched to any language in the sidebar: it loads all five
	// (about 7 KB gzip, in the editor only) rather than fetching one when it is chosen.
	wp_register_script(
		'policy-explainer-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array_merge(
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'policy-explainer' ),
			array_map( __NAMESPACE__ . '\language_handle', LANGUAGE_SCRIPTS )
		),
		VERSION,
		true
	);
	register_block_type( __DIR__ . '/block.json', array( 'render_callback' => __NAMESPACE__ . '\render_block' ) );
	add_shortcode( 'policy-explainer', __NAMESPACE__ . '\render_shortcode' );
}

/**
 * The explainer's attributes from a shortcode's or a block's, validated: a value outside the
 * allow-list is dropped (the element's default applies), `src` must be an http(s) or relative URL.
 *
 * @param array<string, mixed> $input Attribute name (as the element spells it) => value.
 * @return array<string, string> Attribute name => value, defaults left out.
 */
function attributes( array $input ): array {
	$out = array();
	// The classic editor and KSES turn & into &amp;: a URL is read back as the author typed it.
	$src = trim( html_entity_decode( (string) ( $input['src'] ?? '' ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	if ( '' !== $src ) {
		$url = esc_url_raw( $src, array( 'http', 'https' ) );
		if ( '' !== $url ) {
			$out['src'] = $url;
		}
	}
	foreach ( CHOICES as $name => $allowed ) {
		$value = strtolower( trim( (string) ( $input[ $name ] ?? '' ) ) );
		if ( $value !== $allowed[0] && in_array( $value, $allowed, true ) ) {
			$out[ $name ] = $value;
		}
	}
	$level = filter_var( $input['heading-level'] ?? null, FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => 1, 'max_range' => 6 ) ) );
	if ( false !== $level && 2 !== $level ) {
		$out['heading-level'] = (string) $level;
	}
	return $out;
}

/**
 * The element, as the snippets write it: attributes, the room it keeps while the script loads, and
 * the fallback inside. Enqueues the script and the language's, if any (once per page, however
 * many explainers there are).
 *
 * @param array<string, string> $attrs  From attributes().
 * @param string                $extra  Attributes already escaped (a block's class and style).
 */
function markup( array $attrs, string $extra ): string {
	$lang = language( $attrs );
	// The script, and the language's own where the script does not speak it (WordPress prints each
	// handle once per page, however many explainers ask for it).
	wp_enqueue_script( in_array( $lang, LANGUAGE_SCRIPTS, true ) ? language_handle( $lang ) : 'policy-explainer' );
	$html = '<policy-explainer';
	foreach ( $attrs as $name => $value ) {
		$html .= sprintf( ' %s="%s"', $name, 'src' === $name ? esc_url( $value ) : esc_attr( $value ) );
	}
	// The fallback's direction: right to left for Arabic (in any page, as the element itself does),
	// and back to left to right for the others in a right-to-left page. The running element sets its
	// own direction inside its shadow tree by its language, whatever its host's.
	$rtl = in_array( $lang, RTL, true );
	if ( $rtl || is_rtl() ) {
		$html .= $rtl ? ' dir="rtl"' : ' dir="ltr"';
	}
	if ( '' !== $extra ) {
		$html .= ' ' . $extra;
	}
	return $html . '>' . fallback( $attrs, $lang ) . '</policy-explainer>';
}

/**
 * A sentence and the data link, in the explainer's language (else the page's, else English).
 *
 * @param array<string, string> $attrs From attributes().
 * @param string                $lang  From language().
 */
function fallback( array $attrs, string $lang ): string {
	$text = FALLBACK[ $lang ];
	$href = $attrs['src'] ?? plugins_url( 'chicago-welcoming-city.json', __FILE__ );
	$says = isset( $attrs['src'] ) ? $text['other'] : $text['story'];
	return sprintf( '%s <a href="%s">%s</a>', esc_html( $says ), esc_url( $href ), esc_html( $text['link'] ) );
}

/** The room-keeping style for the full explainer, none for a single view (its height depends on the column). */
function room( array $attrs ): string {
	return isset( $attrs['view'] ) ? '' : ROOM;
}

/**
 * [policy-explainer src="…" lang="fr" theme="dark" view="matrix" heading-level="3"]
 *
 * @param array<string, string>|string $atts As WordPress parses them ('' when there are none).
 */
function render_shortcode( $atts ): string {
	$atts = is_array( $atts ) ? $atts : array();
	if ( isset( $atts['heading_level'] ) && ! isset( $atts['heading-level'] ) ) {
		$atts['heading-level'] = $atts['heading_level'];
	}
	$attrs = attributes( $atts );
	$room  = room( $attrs );
	return markup( $attrs, '' === $room ? '' : sprintf( 'style="%s"', esc_attr( $room ) ) );
}

/**
 * The block (block.json): the same element, with the block's class (alignment) and room.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 */
function render_block( array $attributes ): string {
	$attrs = attributes(
		array(
			'src'           => $attributes['src'] ?? '',
			'lang'          => $attributes['lang'] ?? '',
			'theme'         => $attributes['theme'] ?? '',
			'view'          => $attributes['view'] ?? '',
			'heading-level' => $attributes['headingLevel'] ?? null,
		)
	);
	$room = room( $attrs );
	return markup( $attrs, get_block_wrapper_attributes( '' === $room ? array() : array( 'style' => $room ) ) );
}
