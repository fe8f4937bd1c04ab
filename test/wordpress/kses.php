<?php
/**
 * WordPress's own post filters, with no database: reads a JSON array of HTML snippets on stdin and
 * prints, for each, what WordPress stores and shows for an author (wp_kses_post: the filter for
 * roles without unfiltered_html) in a Custom HTML block (no wpautop) and in the classic editor
 * (wpautop), and for an administrator in the classic editor (wpautop alone).
 */

define( 'ABSPATH', '/usr/share/wordpress/' );
define( 'WPINC', 'wp-includes' );
foreach ( array( 'load', 'plugin', 'functions', 'formatting', 'kses', 'shortcodes' ) as $file ) {
	require ABSPATH . WPINC . "/$file.php";
}

$out = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $html ) {
	$filtered = wp_kses_post( $html );
	$out[]    = array(
		'authorBlock'   => $filtered,
		'authorClassic' => wpautop( $filtered ),
		'adminClassic'  => wpautop( $html ),
	);
}
echo json_encode( $out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
