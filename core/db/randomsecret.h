#pragma once

#include <QString>

namespace dbpulse {

/// A password from the system's random source: \a bytes random bytes, base64url without padding
/// (no character a conninfo, URI or password file must escape). Any thread.
QString randomSecret(int bytes = 24);

} // namespace dbpulse
