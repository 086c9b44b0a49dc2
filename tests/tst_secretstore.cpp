// Secrets through QtKeychain against a real Secret Service: CTest runs this in a D-Bus
// session of its own with gnome-keyring unlocked (tests/with-keyring.sh). Written, read
// back, replaced and removed; and the accounts' secrets across a restart, never in the
// settings, gone with their account.
#include "accountmanager.h"
#include "secretstore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
SecretResult run(const std::function<void(SecretStore::Callback)> &start)
{
    SecretResult result;
    bool done = false;
    start([&](const SecretResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.message = u"no answer"_s;
    return result;
}

// Every file under the folder, as bytes (the settings, whatever else was written).
bool folderContains(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

const QString twilioSid = u"AC0123456789abcdef0123456789abcdef"_s;
} // namespace

class tst_SecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadReplaceRemove();
    void keysAreSeparate();
    void accountSecretsSurviveARestartAndGoWithTheAccount();

private:
    QString m_service;
};

void tst_SecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/with-keyring.sh (CTest does)");
    // A service of our own: nothing collides with another run or the user's entries.
    m_service = u"switchboard-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void tst_SecretStore::writeReadReplaceRemove()
{
    SecretStore store(m_service);
    const QString key = u"account-1"_s;
    const QString secret = u"s3cr3t-ÄÖÜ-東京-0123456789abcdef"_s;

    SecretResult r = run([&](SecretStore::Callback done) { store.write(key, secret, this, done); });
    QVERIFY2(r.status == SecretResult::Status::Ok, qPrintable(r.message));
    QVERIFY(!store.isKeychainMissing());
    QVERIFY(store.sessionKeys().isEmpty()); // in the keychain, not in memory

    // A second store (as after a restart) reads it from the keychain.
    SecretStore later(m_service);
    r = run([&](SecretStore::Callback done) { later.read(key, this, done); });
    QVERIFY2(r.status == SecretResult::Status::Ok, qPrintable(r.message));
    QCOMPARE(r.secret, secret);

    r = run([&](SecretStore::Callback done) { store.write(key, u"rotated"_s, this, done); });
    QVERIFY(r.status == SecretResult::Status::Ok);
    r = run([&](SecretStore::Callback done) { later.read(key, this, done); });
    QCOMPARE(r.secret, u"rotated"_s);

    r = run([&](SecretStore::Callback done) { store.remove(key, this, done); });
    QVERIFY2(r.status == SecretResult::Status::Ok, qPrintable(r.message));
    r = run([&](SecretStore::Callback done) { later.read(key, this, done); });
    QCOMPARE(r.status, SecretResult::Status::NotFound);
    QVERIFY(r.secret.isEmpty());

    // Removing what is not there is fine.
    r = run([&](SecretStore::Callback done) { store.remove(key, this, done); });
    QVERIFY(r.ok());
}

void tst_SecretStore::keysAreSeparate()
{
    SecretStore store(m_service);
    QVERIFY(run([&](SecretStore::Callback done) { store.write(u"a"_s, u"alpha"_s, this, done); }).ok());
    QVERIFY(run([&](SecretStore::Callback done) { store.write(u"b"_s, u"beta"_s, this, done); }).ok());
    QCOMPARE(run([&](SecretStore::Callback done) { store.read(u"a"_s, this, done); }).secret, u"alpha"_s);
    QCOMPARE(run([&](SecretStore::Callback done) { store.read(u"b"_s, this, done); }).secret, u"beta"_s);
    SecretStore other(m_service + u"-other"_s);
    QCOMPARE(run([&](SecretStore::Callback done) { other.read(u"a"_s, this, done); }).status,
             SecretResult::Status::NotFound);
    run([&](SecretStore::Callback done) { store.remove(u"a"_s, this, done); });
    run([&](SecretStore::Callback done) { store.remove(u"b"_s, this, done); });
}

void tst_SecretStore::accountSecretsSurviveARestartAndGoWithTheAccount()
{
    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(u"switchboard.ini"_s);
    const QString token = u"00112233445566778899aabbccddeeff"_s;

    AccountConfig acme;
    acme.id = AccountConfig::newId();
    acme.name = u"Acme production"_s;
    acme.family = ApiFamily::Twilio;
    acme.accountSid = twilioSid;
    acme.secret = token;
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        SecretStore secrets(m_service);
        AccountManager manager(&settings, &secrets);
        QSignalSpy ready(&manager, &AccountManager::accountReady);
        QSignalSpy keychain(&manager, &AccountManager::keychainMessage);
        manager.load(QProcessEnvironment());
        QCOMPARE(manager.accounts().size(), 1); // the first start: the sandbox
        QVERIFY(manager.hasSandbox());
        manager.apply({AccountConfig::sandbox(), acme});
        QCOMPARE(ready.size(), 1);
        // The write is asynchronous: wait until the keychain has it.
        QVERIFY(QTest::qWaitFor([&] {
            return run([&](SecretStore::Callback done) { secrets.read(acme.id, this, done); }).secret
                   == token;
        }, 30000));
        QCOMPARE(keychain.size(), 0); // no complaint: the keychain took it
    }
    QVERIFY(!folderContains(dir.path(), token.toUtf8()));

    // The next start reads it back from the keychain.
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        SecretStore secrets(m_service);
        AccountManager manager(&settings, &secrets);
        QSignalSpy ready(&manager, &AccountManager::accountReady);
        QSignalSpy needs(&manager, &AccountManager::accountNeedsSecret);
        manager.load(QProcessEnvironment());
        QVERIFY(ready.wait(30000) || ready.size() == 1);
        QCOMPARE(needs.size(), 0);
        const AccountConfig loaded = ready.first().first().value<AccountConfig>();
        QCOMPARE(loaded.id, acme.id);
        QCOMPARE(loaded.secret, token);
        QCOMPARE(loaded.profile().secret, token);

        // Removing the account removes its secret.
        manager.apply({AccountConfig::sandbox()});
        QVERIFY(QTest::qWaitFor([&] {
            return run([&](SecretStore::Callback done) { secrets.read(acme.id, this, done); }).status
                   == SecretResult::Status::NotFound;
        }, 30000));
    }
    QVERIFY(!folderContains(dir.path(), token.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
