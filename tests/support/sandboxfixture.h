#pragma once

#include "api/accountprofile.h"
#include "sandboxserver.h"

#include <QTemporaryDir>
#include <QVariantList>

// An in-process sandbox server with demo data in a temporary folder, on a free loopback
// port. Tests talk real HTTP to it through AccountClient.
//
//     SandboxFixture sandbox;
//     QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//     AccountClient client(sandbox.profile(ApiFamily::Properties));
class SandboxFixture
{
public:
    explicit SandboxFixture(int numbers = 50);

    // The faults' seed (FaultOptions::seed) of every test: start() uses it unless the faults
    // name another, and a test that injects faults by chance sets it again first, so that a
    // client sending one request at a time meets the same faults on every run.
    static constexpr quint32 FaultSeed = 20240314;

    bool start(const FaultOptions &faults = {}, const ConnectionLimits &limits = {});
    QString errorString() const { return m_error; }
    SandboxServer &server() { return m_server; }
    QString dataDir() const { return m_dir.path(); }

    AccountProfile profile(ApiFamily family) const;
    // A count read from the server's own database, not from what any client reported:
    // serverCount(u"SELECT COUNT(*) FROM properties WHERE name = ?"_s, {name}). -1 on error.
    int serverCount(const QString &sql, const QVariantList &binds = {}) const;
    // Changes the server's own database behind its back, for what another client would do
    // (a customer of the provider buying a number): rows affected, -1 on error.
    int serverChange(const QString &sql, const QVariantList &binds = {});
    // The same account with a wrong secret.
    AccountProfile badProfile(ApiFamily family) const;
    // The Twilio account through its API key: SK… signs in, AC… stays in the path.
    AccountProfile twilioApiKeyProfile() const;
    // The broadcast family's second demo organisation (the start line's other_org_api_key),
    // whose numbers, brands and projects profile(ApiFamily::Broadcast) never sees.
    AccountProfile broadcastOtherOrgProfile() const;

private:
    QTemporaryDir m_dir;
    SandboxServer m_server;
    int m_numbers;
    QString m_error;
};
