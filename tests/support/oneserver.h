// A ServerContexts with one known server and no keychain: what a widget test hands a page or view
// that needs "the current server" without a whole registry.
#pragma once

#include "core/db/target.h"
#include "models/servercontext.h"

namespace dbpulse::test {

class OneServer : public ServerContexts
{
public:
    explicit OneServer(const Target &target) : m_target(target) {}
    ServerContext context(const QString &key) const override { return {key, m_target, {}, true}; }
    QString livePassword(const Target &) const override { return {}; }

private:
    Target m_target;
};

} // namespace dbpulse::test
