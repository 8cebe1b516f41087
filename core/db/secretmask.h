#pragma once

#include <QString>

namespace dbpulse {

/// Replaces every secret a text may carry with "***": the password in the userinfo of anything
/// that looks like a URI (scheme://user:secret@host, whatever the scheme, even a mistyped one),
/// and the values of password= and sslpassword= in keyword/value strings (quoted or not) and URI
/// query parameters. For messages, logs and reports: libpq quotes the conninfo it could not parse,
/// so its error texts pass through here before anyone sees them. Any thread.
QString maskSecrets(const QString &text);

/// maskSecrets(), and also every secret found in \a source (a conninfo or URI) wherever it appears
/// in \a text on its own: libpq's parse errors quote the bad token ("invalid percent-encoded
/// token: \"…\""), which may be the password by itself.
QString maskSecretsOf(const QString &text, const QString &source);

/// \a target with its secrets removed rather than masked (the URI's userinfo password,
/// password= and sslpassword= settings), so what is saved to reopen it later still parses and the
/// password comes from the keychain or libpq's own sources. Any thread.
QString withoutSecrets(const QString &target);

} // namespace dbpulse
