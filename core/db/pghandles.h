#pragma once

#include <libpq-fe.h>
#include <memory>

namespace dbpulse {

/// \brief Owning handles for libpq objects, for the blocking one-shot code paths (probe, admin
/// actions, CLI tools). Any thread; a handle never crosses threads while in use.
struct PgConnDeleter
{
    void operator()(PGconn *c) const { PQfinish(c); }
};
struct PgResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgConnPtr = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;

} // namespace dbpulse
