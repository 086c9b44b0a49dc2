// Test connection against real servers: the sandbox for every family (works, wrong
// credentials, the Twilio API key), a closed port, a plain-http server elsewhere, and a TLS
// server whose certificate is untrusted until the account's extra CA file names it.
#include "accounts/connectiontest.h"
#include "sandboxfixture.h"
#include "tlstestserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiFamily)

class tst_ConnectionTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void works_data();
    void works();
    void wrongCredentials_data();
    void wrongCredentials();
    void twilioApiKey();
    void unreachablePort();
    void plainHttpElsewhereIsRefused();
    void untrustedCertificate();
    void extraCaFileIsTrusted();
    void unreadableCaFile();
    void restartAbandonsTheFirst();

private:
    struct Verdict
    {
        ConnectionTest::Outcome outcome;
        QString message;
    };
    static Verdict run(const AccountProfile &profile, int timeoutMs = 30000);

    SandboxFixture m_sandbox{20};
};

void tst_ConnectionTest::initTestCase()
{
    qRegisterMetaType<ConnectionTest::Outcome>();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

tst_ConnectionTest::Verdict tst_ConnectionTest::run(const AccountProfile &profile, int timeoutMs)
{
    ConnectionTest test;
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start(profile, timeoutMs);
    if (!finished.wait(timeoutMs + 30000))
        return {ConnectionTest::Outcome::Unexpected, u"no verdict"_s};
    if (finished.size() != 1)
        return {ConnectionTest::Outcome::Unexpected, u"more than one verdict"_s};
    return {finished.first().at(0).value<ConnectionTest::Outcome>(),
            finished.first().at(1).toString()};
}

void tst_ConnectionTest::works_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::newRow("twilio") << ApiFamily::Twilio;
    QTest::newRow("signalwire") << ApiFamily::SignalWire;
    QTest::newRow("properties") << ApiFamily::Properties;
    QTest::newRow("broadcast") << ApiFamily::Broadcast;
}

void tst_ConnectionTest::works()
{
    QFETCH(ApiFamily, family);
    const Verdict v = run(m_sandbox.profile(family));
    QCOMPARE(v.outcome, ConnectionTest::Outcome::Works);
    QVERIFY2(v.message.startsWith(u"It works"_s), qPrintable(v.message));
    QVERIFY(v.message.contains(u"127.0.0.1"_s));
}

void tst_ConnectionTest::wrongCredentials_data()
{
    works_data();
}

void tst_ConnectionTest::wrongCredentials()
{
    QFETCH(ApiFamily, family);
    const AccountProfile bad = m_sandbox.badProfile(family);
    const Verdict v = run(bad);
    QCOMPARE(v.outcome, ConnectionTest::Outcome::WrongCredentials);
    QVERIFY2(v.message.startsWith(u"Wrong credentials"_s), qPrintable(v.message));
    QVERIFY2(v.message.contains(u"401"_s), qPrintable(v.message));
    QVERIFY2(!v.message.contains(bad.secret), "the message never repeats the secret");
}

void tst_ConnectionTest::twilioApiKey()
{
    AccountProfile key = m_sandbox.twilioApiKeyProfile();
    QVERIFY(key.user.startsWith(u"SK"_s));
    Verdict v = run(key);
    QCOMPARE(v.outcome, ConnectionTest::Outcome::Works);

    key.secret += u'x';
    v = run(key);
    QCOMPARE(v.outcome, ConnectionTest::Outcome::WrongCredentials);
    QVERIFY2(v.message.contains(u"API key"_s), qPrintable(v.message));

    // The key acts for its own account only.
    key = m_sandbox.twilioApiKeyProfile();
    key.accountSid = u"AC"_s + QString(32, u'0');
    QCOMPARE(run(key).outcome, ConnectionTest::Outcome::WrongCredentials);
}

void tst_ConnectionTest::unreachablePort()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    AccountProfile profile = m_sandbox.profile(ApiFamily::Properties);
    QUrl url = profile.baseUrl;
    url.setPort(port);
    profile.baseUrl = url;
    const Verdict v = run(profile);
    QCOMPARE(v.outcome, ConnectionTest::Outcome::Unreachable);
    QVERIFY2(v.message.contains(u"Cannot connect"_s), qPrintable(v.message));
    QVERIFY2(v.message.contains(QString::number(port)), qPrintable(v.message));
}

void tst_ConnectionTest::plainHttpElsewhereIsRefused()
{
    AccountProfile profile = m_sandbox.profile(ApiFamily::Broadcast);
    profile.baseUrl = QUrl(u"http://broadcast.example.com"_s);
    const Verdict v = run(profile);
    QCOMPARE(v.outcome, ConnectionTest::Outcome::Insecure);
    QVERIFY2(v.message.contains(u"https"_s), qPrintable(v.message));
}

void tst_ConnectionTest::untrustedCertificate()
{
    TlsTestServer tls;
    QVERIFY(tls.start());
    AccountProfile profile = m_sandbox.profile(ApiFamily::Twilio);
    profile.baseUrl = tls.url();
    const Verdict v = run(profile);
    QCOMPARE(v.outcome, ConnectionTest::Outcome::Tls);
    // The certificate's subject and the reason, never a silent acceptance.
    QVERIFY2(v.message.contains(u"CN=switchboard-test"_s), qPrintable(v.message));
    QVERIFY2(v.message.contains(u"self signed"_s, Qt::CaseInsensitive)
                 || v.message.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(v.message));
    QCOMPARE(tls.answered(), 0); // nothing was sent over it
}

void tst_ConnectionTest::extraCaFileIsTrusted()
{
    TlsTestServer tls;
    QVERIFY(tls.start());
    AccountProfile profile = m_sandbox.profile(ApiFamily::Twilio);
    profile.baseUrl = tls.url();
    profile.caFile = TlsTestServer::certificateFile();
    const Verdict v = run(profile);
    // Through the handshake: the test server refuses everyone's credentials.
    QCOMPARE(v.outcome, ConnectionTest::Outcome::WrongCredentials);
    QCOMPARE(tls.answered(), 1);
}

void tst_ConnectionTest::unreadableCaFile()
{
    QTemporaryDir dir;
    AccountProfile profile = m_sandbox.profile(ApiFamily::Properties);
    profile.caFile = dir.filePath(u"missing.pem"_s);
    const Verdict v = run(profile);
    QCOMPARE(v.outcome, ConnectionTest::Outcome::Tls);
    QVERIFY2(v.message.contains(u"missing.pem"_s), qPrintable(v.message));
}

void tst_ConnectionTest::restartAbandonsTheFirst()
{
    ConnectionTest test;
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start(m_sandbox.badProfile(ApiFamily::Properties));
    test.start(m_sandbox.profile(ApiFamily::Properties));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<ConnectionTest::Outcome>(), ConnectionTest::Outcome::Works);
    QVERIFY(!test.isRunning());
    // A third test with the abandoned one's credentials goes to the same server after it: once
    // its verdict is in, the abandoned one's would be too. Exactly two verdicts, in order.
    test.start(m_sandbox.badProfile(ApiFamily::Properties));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).value<ConnectionTest::Outcome>(),
             ConnectionTest::Outcome::WrongCredentials);
}

QTEST_GUILESS_MAIN(tst_ConnectionTest)
#include "tst_connectiontest.moc"
