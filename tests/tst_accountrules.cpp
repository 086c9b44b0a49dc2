// The sign-in field rules of the accounts dialog (models/validation/accountrules): every
// family's SIDs, tokens, regions, edges, spaces and server addresses.
#include "validation/accountrules.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Validation::FieldCheck;
using Validation::Verdict;

Q_DECLARE_METATYPE(Validation::Verdict)

namespace {
using Rule = std::function<FieldCheck(const QString &)>;

Rule rule(const QString &name)
{
    using namespace Validation;
    static const QHash<QString, Rule> rules{
        {u"twilio-sid"_s, [](const QString &t) { return checkTwilioAccountSid(t); }},
        {u"api-key-sid"_s, [](const QString &t) { return checkTwilioApiKeySid(t); }},
        {u"auth-token"_s, [](const QString &t) { return checkTwilioAuthToken(t); }},
        {u"api-key-secret"_s, [](const QString &t) { return checkTwilioApiKeySecret(t); }},
        {u"region"_s, [](const QString &t) { return checkTwilioRegion(t); }},
        {u"edge"_s, [](const QString &t) { return checkTwilioEdge(t); }},
        {u"space"_s, [](const QString &t) { return checkSignalWireSpace(t); }},
        {u"uuid"_s, [](const QString &t) { return checkProjectId(t); }},
        {u"properties-sid"_s, [](const QString &t) { return checkPropertiesAccountSid(t); }},
        {u"secret"_s, [](const QString &t) { return checkSecret(t); }},
        {u"url"_s, [](const QString &t) { return checkApiBaseUrl(t); }},
    };
    return rules.value(name);
}

const QString hex32 = u"0123456789abcdef0123456789abcdef"_s;
} // namespace

class tst_AccountRules final : public QObject
{
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void names_data();
    void names();
    void loopback_data();
    void loopback();
    void spaceName();
};

void tst_AccountRules::fields_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("reasonContains");

    // Twilio account SID: AC + 32 hex digits.
    QTest::newRow("twilio sid: empty") << u"twilio-sid"_s << QString() << Verdict::Incomplete << u"required"_s;
    QTest::newRow("twilio sid: typing") << u"twilio-sid"_s << u"AC12ab"_s << Verdict::Incomplete << u"too short"_s;
    QTest::newRow("twilio sid: complete") << u"twilio-sid"_s << (u"AC"_s + hex32) << Verdict::Ok << QString();
    QTest::newRow("twilio sid: pasted with spaces around") << u"twilio-sid"_s << (u"  AC"_s + hex32 + u' ') << Verdict::Ok << QString();
    QTest::newRow("twilio sid: one too many") << u"twilio-sid"_s << (u"AC"_s + hex32 + u'0') << Verdict::Wrong << u"too long"_s;
    QTest::newRow("twilio sid: an API key SID") << u"twilio-sid"_s << (u"SK"_s + hex32) << Verdict::Wrong << u"“AC”"_s;
    QTest::newRow("twilio sid: not hex") << u"twilio-sid"_s << u"AC12xz"_s << Verdict::Wrong << u"hexadecimal"_s;
    QTest::newRow("twilio sid: lower-case prefix") << u"twilio-sid"_s << (u"ac"_s + hex32) << Verdict::Wrong << u"“AC”"_s;
    QTest::newRow("twilio sid: space inside") << u"twilio-sid"_s << u"AC12 34"_s << Verdict::Wrong << u"spaces"_s;
    // API key SID: SK + 32 hex digits.
    QTest::newRow("api key sid: complete") << u"api-key-sid"_s << (u"SK"_s + hex32) << Verdict::Ok << QString();
    QTest::newRow("api key sid: an account SID") << u"api-key-sid"_s << (u"AC"_s + hex32) << Verdict::Wrong << u"“SK”"_s;
    QTest::newRow("api key sid: typing") << u"api-key-sid"_s << u"S"_s << Verdict::Incomplete << u"too short"_s;
    // Auth token: 32 hex digits; API key secret: 32 letters and digits.
    QTest::newRow("auth token: complete") << u"auth-token"_s << hex32 << Verdict::Ok << QString();
    QTest::newRow("auth token: short") << u"auth-token"_s << hex32.left(31) << Verdict::Incomplete << u"too short"_s;
    QTest::newRow("auth token: not hex") << u"auth-token"_s << (hex32.left(31) + u'g') << Verdict::Wrong << u"hexadecimal"_s;
    QTest::newRow("api key secret: complete") << u"api-key-secret"_s << u"ABCDEFGHIJKLMNOPqrstuvwxyz012345"_s << Verdict::Ok << QString();
    QTest::newRow("api key secret: punctuation") << u"api-key-secret"_s << u"ABCD-EFGH"_s << Verdict::Wrong << u"letters and digits"_s;
    QTest::newRow("api key secret: empty") << u"api-key-secret"_s << QString() << Verdict::Incomplete << u"required"_s;
    // Region and edge are optional.
    QTest::newRow("region: none") << u"region"_s << QString() << Verdict::Ok << QString();
    QTest::newRow("region: ie1") << u"region"_s << u"ie1"_s << Verdict::Ok << QString();
    QTest::newRow("region: typing") << u"region"_s << u"au"_s << Verdict::Incomplete << u"two letters"_s;
    QTest::newRow("region: upper case") << u"region"_s << u"IE1"_s << Verdict::Wrong << u"two letters"_s;
    QTest::newRow("region: a host") << u"region"_s << u"ie1.twilio.com"_s << Verdict::Wrong << u"two letters"_s;
    QTest::newRow("edge: none") << u"edge"_s << QString() << Verdict::Ok << QString();
    QTest::newRow("edge: sao-paulo") << u"edge"_s << u"sao-paulo"_s << Verdict::Ok << QString();
    QTest::newRow("edge: a dot") << u"edge"_s << u"sydney.au1"_s << Verdict::Wrong << u"lower-case"_s;
    // SignalWire.
    QTest::newRow("space: name") << u"space"_s << u"example"_s << Verdict::Ok << QString();
    QTest::newRow("space: host") << u"space"_s << u"example.signalwire.com"_s << Verdict::Ok << QString();
    QTest::newRow("space: url") << u"space"_s << u"https://example.signalwire.com/"_s << Verdict::Ok << QString();
    QTest::newRow("space: another host") << u"space"_s << u"example.com"_s << Verdict::Wrong << u"signalwire.com"_s;
    QTest::newRow("space: empty") << u"space"_s << QString() << Verdict::Incomplete << u"required"_s;
    QTest::newRow("project id: uuid") << u"uuid"_s << u"a1b2c3d4-0000-4000-8000-1234567890ab"_s << Verdict::Ok << QString();
    QTest::newRow("project id: typing") << u"uuid"_s << u"a1b2c3d4-00"_s << Verdict::Incomplete << u"too short"_s;
    QTest::newRow("project id: braces") << u"uuid"_s << u"{a1b2c3d4-0000-4000-8000-1234567890ab}"_s << Verdict::Wrong << u"looks like"_s;
    QTest::newRow("project id: no dashes") << u"uuid"_s << u"a1b2c3d400004000800012345678"_s << Verdict::Wrong << u"looks like"_s;
    // Properties.
    QTest::newRow("properties sid: complete") << u"properties-sid"_s << u"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"_s << Verdict::Ok << QString();
    QTest::newRow("properties sid: lower case") << u"properties-sid"_s << u"abc"_s << Verdict::Wrong << u"upper-case"_s;
    QTest::newRow("properties sid: typing") << u"properties-sid"_s << u"ABC"_s << Verdict::Incomplete << u"too short"_s;
    // Secrets of undocumented shape.
    QTest::newRow("secret: empty") << u"secret"_s << QString() << Verdict::Incomplete << u"required"_s;
    QTest::newRow("secret: pasted with a newline") << u"secret"_s << u"bk_live_abc\n"_s << Verdict::Wrong << u"line break"_s;
    QTest::newRow("secret: fine") << u"secret"_s << u"bk_live_0123456789"_s << Verdict::Ok << QString();
    // Server addresses: https, or http to loopback only.
    QTest::newRow("url: https") << u"url"_s << u"https://api.example.com"_s << Verdict::Ok << QString();
    QTest::newRow("url: https with port and slash") << u"url"_s << u"https://api.example.com:8443/"_s << Verdict::Ok << QString();
    QTest::newRow("url: http loopback") << u"url"_s << u"http://127.0.0.1:8080"_s << Verdict::Ok << QString();
    QTest::newRow("url: http localhost") << u"url"_s << u"http://localhost:8080"_s << Verdict::Ok << QString();
    QTest::newRow("url: http ipv6 loopback") << u"url"_s << u"http://[::1]:8080"_s << Verdict::Ok << QString();
    QTest::newRow("url: http elsewhere") << u"url"_s << u"http://api.example.com"_s << Verdict::Wrong << u"only allowed"_s;
    QTest::newRow("url: http lan address") << u"url"_s << u"http://192.168.1.10:8080"_s << Verdict::Wrong << u"only allowed"_s;
    QTest::newRow("url: http 127 lookalike") << u"url"_s << u"http://127.0.0.1.example.com"_s << Verdict::Wrong << u"only allowed"_s;
    QTest::newRow("url: no scheme") << u"url"_s << u"api.example.com"_s << Verdict::Wrong << u"https://"_s;
    QTest::newRow("url: typing the scheme") << u"url"_s << u"htt"_s << Verdict::Incomplete << u"whole address"_s;
    QTest::newRow("url: ftp") << u"url"_s << u"ftp://api.example.com"_s << Verdict::Wrong << u"https"_s;
    QTest::newRow("url: credentials inside") << u"url"_s << u"https://AC1:tok@api.example.com"_s << Verdict::Wrong << u"credentials"_s;
    QTest::newRow("url: a path") << u"url"_s << u"https://api.example.com/v2/Properties"_s << Verdict::Wrong << u"without a path"_s;
    QTest::newRow("url: empty") << u"url"_s << QString() << Verdict::Incomplete << u"required"_s;
}

void tst_AccountRules::fields()
{
    QFETCH(QString, rule);
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);
    QFETCH(QString, reasonContains);

    const FieldCheck check = ::rule(rule)(input);
    QCOMPARE(check.verdict, verdict);
    if (verdict == Verdict::Ok)
        QVERIFY2(check.reason.isEmpty(), qPrintable(check.reason));
    else
        QVERIFY2(check.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(check.reason));
    // A reason is a sentence of its own under the field: it starts with a capital.
    if (!check.reason.isEmpty())
        QVERIFY2(!check.reason.at(0).isLower(), qPrintable(check.reason));
}

void tst_AccountRules::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("others");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QString() << QStringList() << Verdict::Incomplete << u"name"_s;
    QTest::newRow("plain") << u"Acme production"_s << QStringList{u"Sandbox (demo data)"_s} << Verdict::Ok << QString();
    QTest::newRow("taken, other case") << u"acme PRODUCTION "_s << QStringList{u"Acme production"_s} << Verdict::Wrong << u"already called"_s;
    QTest::newRow("too long") << QString(Validation::AccountNameMaxLength + 1, u'x') << QStringList() << Verdict::Wrong << u"at most"_s;
    QTest::newRow("control character") << u"Acme\tprod"_s << QStringList() << Verdict::Wrong << u"control"_s;
}

void tst_AccountRules::names()
{
    QFETCH(QString, name);
    QFETCH(QStringList, others);
    QFETCH(Verdict, verdict);
    QFETCH(QString, reasonContains);
    const FieldCheck check = Validation::checkAccountName(name, others);
    QCOMPARE(check.verdict, verdict);
    QVERIFY2(check.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(check.reason));
}

void tst_AccountRules::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("sub.localhost") << u"app.localhost"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.8.9.10") << u"127.8.9.10"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
    QTest::newRow("127.0.0.256") << u"127.0.0.256"_s << false;
    QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_AccountRules::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Validation::isLoopbackHost(host), loopback);
}

void tst_AccountRules::spaceName()
{
    QCOMPARE(Validation::signalWireSpaceName(u"Example"), u"example"_s);
    QCOMPARE(Validation::signalWireSpaceName(u"https://acme-prod.signalwire.com/"), u"acme-prod"_s);
    QCOMPARE(Validation::signalWireSpaceName(u"acme.example.com"), QString());
    QCOMPARE(Validation::signalWireSpaceName(u"-acme"), QString());
}

QTEST_APPLESS_MAIN(tst_AccountRules)
#include "tst_accountrules.moc"
