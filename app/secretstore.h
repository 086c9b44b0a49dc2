#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// The outcome of one keychain operation.
struct SecretResult
{
    enum class Status {
        Ok,          // done; for a read, `secret` holds it
        NotFound,    // a read found no secret under the key
        SessionOnly, // no keychain service: kept (or found) in memory for this session only
        Failed,      // the keychain refused (the user denied access...): `message` says why
    };
    Status status = Status::Failed;
    QString secret;  // reads only
    QString message; // translated; empty when Ok
    bool ok() const { return status == Status::Ok || status == Status::SessionOnly; }
};

// Account secrets in the system keychain (the Secret Service on Linux, through QtKeychain),
// never in settings or files. Where no keychain service is running, a secret written is
// kept in memory for the session only (asked again at the next start), never written in
// clear anywhere: QtKeychain's insecure fallback stays off.
//
//     SecretStore secrets;                                   // one per app
//     secrets.write(account.id, token, this, [](const SecretResult &r) { ... });
//     secrets.read(account.id, this, [](const SecretResult &r) { if (r.ok()) use(r.secret); });
//     secrets.remove(account.id, this, {});
//
// Every operation is asynchronous and calls back once, on the GUI thread, unless `context`
// is gone by then. A keychain that does not answer within timeoutMs counts as missing.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &result)>;
    static constexpr int DefaultTimeoutMs = 20000;

    // service: what the keychain files the secrets under (tests use one of their own).
    explicit SecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultService(); // "io.github.switchboard.Switchboard"
    QString service() const { return m_service; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // Whether the last operation found a keychain service; why not when it did not.
    bool isKeychainMissing() const { return !m_missingReason.isEmpty(); }
    QString missingReason() const { return m_missingReason; }
    // Keys whose secret lives in memory only.
    QStringList sessionKeys() const { return m_session.keys(); }

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret, QObject *context,
             Callback done);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, QString> m_session; // no keychain: the secrets of this session
    QString m_missingReason;
};
