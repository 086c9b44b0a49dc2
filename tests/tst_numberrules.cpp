// The Twilio and SignalWire number parameters' shared rules (models/validation/numberrules),
// which the purchase and number forms apply while typing and the sandbox on every request.
#include "validation/numberrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Validation;

Q_DECLARE_METATYPE(Validation::Verdict)
Q_DECLARE_METATYPE(Validation::NumberFamily)

using Params = QList<QPair<QString, QString>>;

class tst_NumberRules final : public QObject
{
    Q_OBJECT

private slots:
    void e164_data();
    void e164();
    void areaCode_data();
    void areaCode();
    void values_data();
    void values();
    void normalized();
    void tableMatchesTheSpec();
    void request_data();
    void request();
    void reasonsInEnglishForTheSandbox();
};

void tst_NumberRules::e164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");

    QTest::newRow("empty") << QString() << Verdict::Incomplete;
    QTest::newRow("plus only") << u"+"_s << Verdict::Incomplete;
    QTest::newRow("us, typing") << u"+1415"_s << Verdict::Incomplete;
    QTest::newRow("us, complete") << u"+14155550100"_s << Verdict::Ok;
    QTest::newRow("us, one too many") << u"+141555501001"_s << Verdict::Wrong;
    QTest::newRow("us, area code 0") << u"+10155550100"_s << Verdict::Wrong;
    QTest::newRow("uk") << u"+442071838750"_s << Verdict::Ok;
    QTest::newRow("15 digits") << u"+123456789012345"_s << Verdict::Wrong; // +1: 11 at most
    QTest::newRow("15 digits, not +1") << u"+491234567890123"_s << Verdict::Ok;
    QTest::newRow("16 digits") << u"+4912345678901234"_s << Verdict::Wrong;
    QTest::newRow("no plus") << u"14155550100"_s << Verdict::Wrong;
    QTest::newRow("dashes") << u"+1-415-555-0100"_s << Verdict::Wrong;
    QTest::newRow("space") << u"+1 4155550100"_s << Verdict::Wrong;
    QTest::newRow("country code 0") << u"+0441234567"_s << Verdict::Wrong;
    QTest::newRow("test value, unavailable") << u"+15005550000"_s << Verdict::Ok;
    QTest::newRow("arabic-indic digits") << u"+١٤١٥٥٥٥٠١٠٠"_s << Verdict::Wrong;
}

void tst_NumberRules::e164()
{
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);
    const FieldCheck check = checkE164(input, ReasonLanguage::English);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(check.reason.isEmpty(), verdict == Verdict::Ok);
}

void tst_NumberRules::areaCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");

    QTest::newRow("empty") << QString() << Verdict::Incomplete;
    QTest::newRow("two digits") << u"41"_s << Verdict::Incomplete;
    QTest::newRow("415") << u"415"_s << Verdict::Ok;
    QTest::newRow("500 (test value)") << u"500"_s << Verdict::Ok;
    QTest::newRow("starts with 1") << u"141"_s << Verdict::Wrong;
    QTest::newRow("starts with 0") << u"0"_s << Verdict::Wrong;
    QTest::newRow("four digits") << u"4155"_s << Verdict::Wrong;
    QTest::newRow("letters") << u"41a"_s << Verdict::Wrong;
}

void tst_NumberRules::areaCode()
{
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);
    QCOMPARE(checkAreaCode(input).verdict, verdict);
}

void tst_NumberRules::values_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<NumberFamily>("family");
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");

    const auto tw = NumberFamily::Twilio;
    const auto sw = NumberFamily::SignalWire;
    const QString ap = u"AP"_s + QString(32, u'a');
    QTest::newRow("url, empty clears") << u"VoiceUrl"_s << tw << QString() << Verdict::Ok;
    QTest::newRow("url, https") << u"VoiceUrl"_s << tw << u"https://example.com/voice"_s << Verdict::Ok;
    QTest::newRow("url, http") << u"SmsUrl"_s << tw << u"http://example.com/sms?a=1"_s << Verdict::Ok;
    QTest::newRow("url, typing scheme") << u"VoiceUrl"_s << tw << u"htt"_s << Verdict::Incomplete;
    QTest::newRow("url, typing host") << u"VoiceUrl"_s << tw << u"https://"_s << Verdict::Incomplete;
    QTest::newRow("url, no scheme") << u"VoiceUrl"_s << tw << u"example.com"_s << Verdict::Wrong;
    QTest::newRow("url, ftp") << u"VoiceUrl"_s << tw << u"ftp://example.com"_s << Verdict::Wrong;
    QTest::newRow("url, space") << u"VoiceUrl"_s << tw << u"https://exa mple.com"_s << Verdict::Wrong;
    QTest::newRow("url, too long") << u"StatusCallback"_s << tw
                                   << u"https://example.com/"_s + QString(4000, u'a') << Verdict::Wrong;
    QTest::newRow("method, GET") << u"VoiceMethod"_s << tw << u"GET"_s << Verdict::Ok;
    QTest::newRow("method, post") << u"SmsMethod"_s << tw << u"post"_s << Verdict::Ok;
    QTest::newRow("method, PUT") << u"SmsMethod"_s << tw << u"PUT"_s << Verdict::Wrong;
    QTest::newRow("sid, twilio") << u"VoiceApplicationSid"_s << tw << ap << Verdict::Ok;
    QTest::newRow("sid, wrong prefix") << u"TrunkSid"_s << tw << ap << Verdict::Wrong;
    QTest::newRow("sid, typing") << u"TrunkSid"_s << tw << u"TK12ab"_s << Verdict::Incomplete;
    QTest::newRow("sid, not hex") << u"TrunkSid"_s << tw << u"TK12zz"_s << Verdict::Wrong;
    QTest::newRow("sid, too long") << u"TrunkSid"_s << tw << u"TK"_s + QString(33, u'0') << Verdict::Wrong;
    QTest::newRow("sid, signalwire uuid") << u"TrunkSid"_s << sw
                                          << u"4c1e2f6a-8d3b-4f5e-9a7c-2b1d0e6f3a88"_s << Verdict::Ok;
    QTest::newRow("sid, signalwire sample string") << u"TrunkSid"_s << sw
                                                   << u"b3877c40-da60-4998-90ad-b792e98472tr"_s
                                                   << Verdict::Wrong;
    QTest::newRow("sid, signalwire bad variant") << u"AddressSid"_s << sw
                                                 << u"4c1e2f6a-8d3b-4f5e-1a7c-2b1d0e6f3a88"_s
                                                 << Verdict::Wrong;
    QTest::newRow("sid, twilio sid on signalwire") << u"AddressSid"_s << sw
                                                   << u"AD"_s + QString(32, u'1') << Verdict::Wrong;
    QTest::newRow("boolean, TRUE") << u"VoiceCallerIdLookup"_s << tw << u"TRUE"_s << Verdict::Ok;
    QTest::newRow("boolean, yes") << u"VoiceCallerIdLookup"_s << tw << u"yes"_s << Verdict::Wrong;
    QTest::newRow("receive mode, fax") << u"VoiceReceiveMode"_s << sw << u"fax"_s << Verdict::Ok;
    QTest::newRow("receive mode, sms") << u"VoiceReceiveMode"_s << tw << u"sms"_s << Verdict::Wrong;
    QTest::newRow("emergency, active") << u"EmergencyStatus"_s << tw << u"active"_s << Verdict::Ok;
    QTest::newRow("emergency, on") << u"EmergencyStatus"_s << tw << u"on"_s << Verdict::Wrong;
    QTest::newRow("friendly, 64") << u"FriendlyName"_s << tw << QString(64, u'x') << Verdict::Ok;
    QTest::newRow("friendly, 65") << u"FriendlyName"_s << tw << QString(65, u'x') << Verdict::Wrong;
}

void tst_NumberRules::values()
{
    QFETCH(QString, parameter);
    QFETCH(NumberFamily, family);
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);
    const NumberParameter *p = numberParameter(parameter);
    QVERIFY(p);
    const FieldCheck check = checkNumberValue(*p, input, family);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(check.reason.isEmpty(), verdict == Verdict::Ok);
}

void tst_NumberRules::normalized()
{
    QCOMPARE(normalizedNumberValue(*numberParameter(u"VoiceMethod"), u"get"_s), u"GET"_s);
    QCOMPARE(normalizedNumberValue(*numberParameter(u"VoiceCallerIdLookup"), u"True"_s), u"true"_s);
    QCOMPARE(normalizedNumberValue(*numberParameter(u"EmergencyStatus"), u"INACTIVE"_s),
             u"Inactive"_s);
    QCOMPARE(normalizedNumberValue(*numberParameter(u"VoiceUrl"), u"HTTPS://X.example"_s),
             u"HTTPS://X.example"_s);
    QVERIFY(isPlainHttpUrl(u"http://example.com/a"));
    QVERIFY(!isPlainHttpUrl(u"https://example.com/a"));
    QVERIFY(!isPlainHttpUrl(u"http://"));
}

// Every create and update parameter of Twilio's description is in the table, with the
// operations it belongs to (the names are those of twilio_api_v2010_numbers.json).
void tst_NumberRules::tableMatchesTheSpec()
{
    const QStringList createOnly{u"PhoneNumber"_s, u"AreaCode"_s};
    const QStringList both{u"ApiVersion"_s, u"FriendlyName"_s, u"SmsApplicationSid"_s,
                           u"SmsFallbackMethod"_s, u"SmsFallbackUrl"_s, u"SmsMethod"_s,
                           u"SmsUrl"_s, u"StatusCallback"_s, u"StatusCallbackMethod"_s,
                           u"VoiceApplicationSid"_s, u"VoiceCallerIdLookup"_s,
                           u"VoiceFallbackMethod"_s, u"VoiceFallbackUrl"_s, u"VoiceMethod"_s,
                           u"VoiceUrl"_s, u"EmergencyStatus"_s, u"EmergencyAddressSid"_s,
                           u"TrunkSid"_s, u"IdentitySid"_s, u"AddressSid"_s,
                           u"VoiceReceiveMode"_s, u"BundleSid"_s};
    const QStringList updateOnly{u"AccountSid"_s};
    QCOMPARE(numberParameters().size(), createOnly.size() + both.size() + updateOnly.size());
    for (const QString &name : createOnly + both + updateOnly) {
        const NumberParameter *p = numberParameter(name);
        QVERIFY2(p, qPrintable(name));
        QCOMPARE(p->onCreate, !updateOnly.contains(name));
        QCOMPARE(p->onUpdate, !createOnly.contains(name));
        QVERIFY(p->twilio);
    }
    QVERIFY(!numberParameter(u"voiceurl"));
    QVERIFY(!numberParameter(u"EmergencyStatus")->signalWire);
    QVERIFY(numberParameter(u"VoiceReceiveMode")->signalWire);
}

void tst_NumberRules::request_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QStringList>("failing");
    QTest::addColumn<QList<int>>("codes");

    const QString ap = u"AP"_s + QString(32, u'b');
    const QString tk = u"TK"_s + QString(32, u'c');
    QTest::newRow("create, number") << Params{{u"PhoneNumber"_s, u"+14155550100"_s}} << true
                                    << QStringList() << QList<int>();
    QTest::newRow("create, area code") << Params{{u"AreaCode"_s, u"415"_s}} << true
                                       << QStringList() << QList<int>();
    QTest::newRow("create, neither") << Params{{u"FriendlyName"_s, u"x"_s}} << true
                                     << QStringList{u"PhoneNumber"_s} << QList<int>{20001};
    QTest::newRow("create, empty number") << Params{{u"PhoneNumber"_s, QString()}} << true
                                          << QStringList{u"PhoneNumber"_s} << QList<int>{20001};
    QTest::newRow("update, neither") << Params{{u"FriendlyName"_s, u"x"_s}} << false
                                     << QStringList() << QList<int>();
    QTest::newRow("every problem at once")
        << Params{{u"PhoneNumber"_s, u"4155550100"_s}, {u"VoiceUrl"_s, u"nope"_s},
                  {u"VoiceMethod"_s, u"PUT"_s}, {u"AreaCode"_s, u"1"_s}}
        << true << QStringList{u"PhoneNumber"_s, u"AreaCode"_s, u"VoiceUrl"_s, u"VoiceMethod"_s}
        << QList<int>{21421, 21451, 21502, 20001};
    QTest::newRow("application and trunk")
        << Params{{u"VoiceApplicationSid"_s, ap}, {u"TrunkSid"_s, tk}} << false
        << QStringList{u"TrunkSid"_s} << QList<int>{20001};
    QTest::newRow("unknown parameters are ignored")
        << Params{{u"Bogus"_s, u"!"_s}, {u"PhoneNumber"_s, u"+14155550100"_s}} << true
        << QStringList() << QList<int>();
    QTest::newRow("AccountSid is not a create parameter")
        << Params{{u"AccountSid"_s, u"nope"_s}, {u"AreaCode"_s, u"415"_s}} << true
        << QStringList() << QList<int>();
    QTest::newRow("AccountSid checked on update") << Params{{u"AccountSid"_s, u"nope"_s}} << false
                                                  << QStringList{u"AccountSid"_s}
                                                  << QList<int>{20001};
}

void tst_NumberRules::request()
{
    QFETCH(Params, params);
    QFETCH(bool, create);
    QFETCH(QStringList, failing);
    QFETCH(QList<int>, codes);
    const auto errors = checkNumberRequest(params, NumberFamily::Twilio,
                                           create ? NumberOperation::Create
                                                  : NumberOperation::Update,
                                           ReasonLanguage::English);
    QStringList names;
    QList<int> got;
    for (const auto &e : errors) {
        names << e.parameter;
        got << e.twilioCode;
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(names, failing);
    QCOMPARE(got, codes);
}

void tst_NumberRules::reasonsInEnglishForTheSandbox()
{
    const auto errors = checkNumberRequest({{u"VoiceUrl"_s, u"example.com"_s}},
                                           NumberFamily::SignalWire, NumberOperation::Update,
                                           ReasonLanguage::English);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, u"VoiceUrl is not valid: Start the URL with https:// (or http://)."_s);
}

QTEST_APPLESS_MAIN(tst_NumberRules)
#include "tst_numberrules.moc"
