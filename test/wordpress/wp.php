<?php
/**
 * WordPress from the command line, for run.mjs (one command per process: a plugin activated in
 * one request registers its block only in the next).
 *
 *   php wp.php install                 install the site; create the author; print {"admin":id,"author":id}
 *   php wp.php plugin <zip>            unzip into wp-content/plugins as "Upload Plugin" does; activate
 *   php wp.php posts < posts.json      [{title, role, content}] → [{title, id, url, saved}], each post
 *                                      written as that role (KSES applies exactly as in the editor)
 *   php wp.php locale <locale>         the site's language (the WPLANG option, as Settings › General
 *                                      sets it; '' for English); print {"locale": get_locale()}
 *
 * Environment: PE_WP_SITE (http://127.0.0.1:port), PE_WP_CONFIG (Debian's config-<name>.php).
 */

$site = getenv( 'PE_WP_SITE' );
$_SERVER['HTTP_HOST']        = parse_url( $site, PHP_URL_HOST ) . ':' . parse_url( $site, PHP_URL_PORT );
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'PE_WP_CONFIG' );
$_SERVER['REQUEST_URI']      = '/';
$command                     = $argv[1] ?? '';

const PASSWORDS = array(
	'admin'  => 'ci-admin-password',
	'author' => 'ci-author-password',
);

function done( $value ): void {
	echo json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
	exit( 0 );
}
function failed( string $message ): void {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'Policy Explainer CI', 'admin', 'admin@example.org', false, '', PASSWORDS['admin'] );
		update_option( 'permalink_structure', '' ); // Plain links (?p=1): the private Apache has no rewrite rules.
		$author = wp_create_user( 'author', PASSWORDS['author'], 'author@example.org' );
		if ( is_wp_error( $author ) ) {
			failed( $author->get_error_message() );
		}
		( new WP_User( $author ) )->set_role( 'author' );
		done( array( 'admin' => (int) $result['user_id'], 'author' => $author ) );

	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		WP_Filesystem();
		$unzipped = unzip_file( $argv[2], WP_PLUGIN_DIR );
		if ( is_wp_error( $unzipped ) ) {
			failed( 'unzip: ' . $unzipped->get_error_message() );
		}
		$plugins = get_plugins();
		$file    = 'policy-explainer/policy-explainer.php';
		if ( ! isset( $plugins[ $file ] ) ) {
			failed( "WordPress sees no plugin $file in the zip; it sees: " . implode( ', ', array_keys( $plugins ) ) );
		}
		$activated = activate_plugin( $file );
		if ( is_wp_error( $activated ) ) {
			failed( 'activate: ' . $activated->get_error_message() );
		}
		done( $plugins[ $file ] );

	case 'posts':
		$out = array();
		foreach ( json_decode( stream_get_contents( STDIN ), true ) as $post ) {
			$user = get_user_by( 'login', $post['role'] === 'administrator' ? 'admin' : 'author' );
			wp_set_current_user( $user->ID );
			kses_init(); // The current user's filters, as WordPress sets them for a request by this user.
			$id = wp_insert_post(
				wp_slash(
					array(
						'post_title'   => $post['title'],
						'post_content' => $post['content'],
						'post_status'  => 'publish',
						'post_author'  => $user->ID,
					)
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				failed( $post['title'] . ': ' . $id->get_error_message() );
			}
			$out[] = array(
				'title' => $post['title'],
				'id'    => $id,
				'url'   => get_permalink( $id ),
				'saved' => get_post_field( 'post_content', $id, 'raw' ),
				'can'   => current_user_can( 'unfiltered_html' ),
			);
		}
		done( $out );

	case 'locale':
		update_option( 'WPLANG', $argv[2] ?? '' );
		unset( $GLOBALS['locale'] ); // get_locale() keeps the locale of this request's start.
		done( array( 'locale' => get_locale() ) );

	default:
		failed( "unknown command: $command" );
}
