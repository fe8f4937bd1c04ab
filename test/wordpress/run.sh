#!/usr/bin/env bash
# The WordPress step of CI: a real WordPress (Debian 12's `wordpress` package, 6.1) on a private
# MariaDB and a private Apache with mod_php, all under one temporary folder, torn down at the end.
# run.mjs installs the plugin from dist/policy-explainer-wordpress.zip, posts every published
# snippet, the shortcode and the block as an administrator and as an author, and loads the posts
# in Chromium. Needs the build (npm run build). Ends with "N passed, N failed"; any failure is
# reported as "WordPress: …".
#
# Nothing system-wide is changed but one file, /etc/wordpress/config-<name>.php (Debian's
# WordPress reads its configuration there; removed at the end). PE_WP_KEEP=1 keeps the site
# running for a look (the script prints its address and how to stop it).
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() {
  echo "WordPress: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}
[ -f dist/policy-explainer-wordpress.zip ] || fail "dist/policy-explainer-wordpress.zip is missing: run npm run build first"

need=()
# wordpress-l10n: the language packs (ar, fr_FR, pt_BR…) the site-language checks switch to; only a
# Recommends of wordpress, so named here.
for pkg in wordpress wordpress-l10n mariadb-server php-mysql php-cli apache2 libapache2-mod-php; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || fail "apt-get update failed"
  apt-get install -y -qq "${need[@]}" >/dev/null || fail "apt-get install ${need[*]} failed"
fi

dir=$(mktemp -d /tmp/pe-wordpress.XXXXXX)
chmod 755 "$dir"
name="policy-explainer-ci-$$"
sock="$dir/mysql/mysqld.sock"
config="/etc/wordpress/config-$name.php"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
site="http://127.0.0.1:$port"

stop() {
  [ -f "$dir/apache.pid" ] && apache2 -f "$dir/apache.conf" -k stop 2>/dev/null || true
  if [ -n "${db_pid:-}" ]; then
    mariadb-admin --socket="$sock" -uroot shutdown 2>/dev/null || kill "$db_pid" 2>/dev/null || true
    wait "$db_pid" 2>/dev/null || true
  fi
  rm -f "$config"
  rm -rf "$dir"
}
if [ "${PE_WP_KEEP:-}" = 1 ]; then
  trap 'echo "WordPress kept at $site/ (admin / ci-admin-password). Stop it: apache2 -f $dir/apache.conf -k stop; mariadb-admin --socket=$sock -uroot shutdown; rm -rf $dir $config"' EXIT
else
  trap stop EXIT
fi

# MariaDB: its own data folder and socket, no TCP port.
# The server runs as mysql: its files (data, socket, log) live in folders it owns.
mkdir "$dir/db" "$dir/mysql"
chown mysql:mysql "$dir/db" "$dir/mysql"
mariadb-install-db --user=mysql --datadir="$dir/db" --auth-root-authentication-method=socket --skip-test-db >"$dir/db-install.log" 2>&1 ||
  fail "mariadb-install-db failed: $(tail -5 "$dir/db-install.log")"
mariadbd --user=mysql --datadir="$dir/db" --socket="$sock" --skip-networking --pid-file="$dir/mysql/mysqld.pid" \
  --log-error="$dir/mysql/mysqld.err" >/dev/null 2>&1 &
db_pid=$!
for _ in $(seq 60); do
  mariadb-admin --socket="$sock" -uroot ping >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb-admin --socket="$sock" -uroot ping >/dev/null 2>&1 || fail "MariaDB did not start: $(tail -5 "$dir/mysql/mysqld.err")"
mariadb --socket="$sock" -uroot -e \
  "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';" ||
  fail "could not create the database"

# wp-content: its own (plugins, uploads), with Debian's themes and language packs (the site is
# switched to Portuguese and Arabic at the end: WordPress in Arabic writes <html dir="rtl">).
mkdir -p "$dir/wp-content/plugins" "$dir/wp-content/uploads"
ln -s /usr/share/wordpress/wp-content/themes "$dir/wp-content/themes"
ln -s /usr/share/wordpress/wp-content/languages "$dir/wp-content/languages"
chown -R www-data:www-data "$dir/wp-content/uploads"

cat >"$config" <<EOF
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$sock');
define('WP_HOME', '$site');
define('WP_SITEURL', '$site');
define('WP_CONTENT_DIR', '$dir/wp-content');
define('WP_CONTENT_URL', '$site/wp-content');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '$dir/debug.log');
define('WP_DEBUG_DISPLAY', false);
EOF

# Apache: its own configuration on a free loopback port, mod_php, prefork.
modules=/usr/lib/apache2/modules
php_module=$(ls "$modules"/libphp*.so | head -1)
cat >"$dir/apache.conf" <<EOF
ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile $dir/apache.pid
DefaultRuntimeDir $dir
Mutex file:$dir default
Listen 127.0.0.1:$port
User www-data
Group www-data
ErrorLog $dir/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module $modules/mod_mpm_prefork.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule alias_module $modules/mod_alias.so
LoadModule dir_module $modules/mod_dir.so
LoadModule mime_module $modules/mod_mime.so
LoadModule env_module $modules/mod_env.so
LoadModule php_module $php_module
StartServers 2
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG $name
DocumentRoot /usr/share/wordpress
Alias /wp-content $dir/wp-content
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Require all granted
</Directory>
<Directory $dir/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content/themes>
  Require all granted
</Directory>
EOF
apache2 -f "$dir/apache.conf" -k start || fail "Apache did not start: $(tail -5 "$dir/apache-error.log" 2>/dev/null)"

PE_WP_SITE="$site" PE_WP_CONFIG="$name" PE_WP_DIR="$dir" node test/wordpress/run.mjs
