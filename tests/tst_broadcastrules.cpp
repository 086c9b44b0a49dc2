// The broadcast project create's rules (models/validation/broadcastrules), which the New
// broadcast project form applies while the user types, the outbox before it sends and the
// sandbox on every POST /v1/projects. Every rule and combination of the contract, against a
// small organisation held in the test.
#include "validation/broadcastrules.h"
#include "support/jsonedit.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using JsonEdit::with;
using JsonEdit::without;
using namespace Validation;

Q_DECLARE_METATYPE(Validation::Verdict)

namespace {

// Two local numbers, three toll-free ones across two verifications, and 60 more local
// numbers for the 49/50 limit; two brands with a campaign each.
class TestLookup final : public BroadcastLookup
{
public:
    TestLookup()
    {
        addNumber(u"pn_local1"_s, u"+12065550143"_s, {});
        addNumber(u"pn_local2"_s, u"+14155550178"_s, {});
        addNumber(u"pn_tf_a1"_s, u"+18335550101"_s, u"tfv_a"_s);
        addNumber(u"pn_tf_a2"_s, u"+18445550102"_s, u"tfv_a"_s);
        addNumber(u"pn_tf_b1"_s, u"+18555550103"_s, u"tfv_b"_s);
        for (int i = 0; i < 60; ++i)
            addNumber(u"pn_l%1"_s.arg(i, 2, 10, QChar(u'0')),
                      u"+1312555%1"_s.arg(i, 4, 10, QChar(u'0')), {});
    }

    std::optional<BroadcastNumberRef> number(const QString &id) const override
    {
        const auto it = m_numbers.constFind(id);
        return it == m_numbers.cend() ? std::nullopt : std::optional(*it);
    }
    bool hasBrand(const QString &brandId) const override
    {
        return brandId == u"br_acme" || brandId == u"br_bolt";
    }
    std::optional<QString> campaignBrand(const QString &campaignId) const override
    {
        if (campaignId == u"cmp_acme1")
            return u"br_acme"_s;
        if (campaignId == u"cmp_bolt1")
            return u"br_bolt"_s;
        return std::nullopt;
    }
    bool hasTollFreeVerification(const QString &id) const override
    {
        return id == u"tfv_a" || id == u"tfv_b";
    }
    bool hasLinkTrackingDomain(const QString &id) const override { return id == u"ltd_go"; }
    bool hasContactField(const QString &name) const override
    {
        askedFields.insert(name);
        return name == u"first_name" || name == u"city";
    }

    mutable QSet<QString> askedFields;

private:
    void addNumber(const QString &id, const QString &e164, const QString &verification)
    {
        m_numbers.insert(id, {id, e164, !verification.isEmpty(), verification});
    }
    QHash<QString, BroadcastNumberRef> m_numbers;
};

QJsonObject tenDlc()
{
    return {{u"name"_s, u"Spring reminders"_s},
            {u"channel"_s, u"10dlc"_s},
            {u"phone_number_ids"_s, QJsonArray{u"pn_local1"_s, u"pn_local2"_s}},
            {u"brand_id"_s, u"br_acme"_s},
            {u"campaign_id"_s, u"cmp_acme1"_s}};
}

QJsonObject tollFree()
{
    return {{u"name"_s, u"Toll-free alerts"_s},
            {u"channel"_s, u"toll-free"_s},
            {u"phone_number_ids"_s, QJsonArray{u"pn_tf_a1"_s, u"pn_tf_a2"_s}},
            {u"toll_free_verification_id"_s, u"tfv_a"_s}};
}

QJsonArray localIds(int count)
{
    QJsonArray ids;
    for (int i = 0; i < count; ++i)
        ids.append(u"pn_l%1"_s.arg(i, 2, 10, QChar(u'0')));
    return ids;
}

QJsonObject tracking(const QJsonObject &changes)
{
    return with(tenDlc(), with({{u"link_tracking_enabled"_s, true},
                                {u"link_tracking_destination_url"_s,
                                 u"https://acme-dental.com/spring"_s},
                                {u"link_tracking_domain_id"_s, u"ltd_go"_s}},
                               changes));
}

// "field code", in the order checkBroadcastProject() gives them.
QStringList codes(const QList<BroadcastFieldError> &errors)
{
    QStringList list;
    for (const BroadcastFieldError &e : errors)
        list << e.field + u' ' + e.code;
    return list;
}

} // namespace

class tst_BroadcastRules final : public QObject
{
    Q_OBJECT

private slots:
    void wire();
    void name_data();
    void name();
    void linkTrackingUrl_data();
    void linkTrackingUrl();
    void project_data();
    void project();
    void messagesNameTheNumber();
    void everyErrorHasAMessage();
    void normalized();
};

void tst_BroadcastRules::wire()
{
    QCOMPARE(broadcastChannelWire(BroadcastChannel::TenDlc), u"10dlc"_s);
    QCOMPARE(broadcastChannelWire(BroadcastChannel::TollFree), u"toll-free"_s);
    QCOMPARE(broadcastChannelFromWire(u"toll-free"), BroadcastChannel::TollFree);
    QCOMPARE(broadcastChannelFromWire(u"10dlc"), BroadcastChannel::TenDlc);
    QVERIFY(!broadcastChannelFromWire(u"10DLC"));
    QVERIFY(!broadcastChannelFromWire(u"tollfree"));
    QCOMPARE(broadcastMessageTypeWire(BroadcastMessageType::Mms), u"mms"_s);
    QCOMPARE(broadcastMessageTypeFromWire(u"sms"), BroadcastMessageType::Sms);
    QVERIFY(!broadcastMessageTypeFromWire(u"SMS"));
    QVERIFY(!broadcastMessageTypeFromWire(u""));
}

void tst_BroadcastRules::name_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");

    QTest::newRow("empty") << QString() << Verdict::Incomplete;
    QTest::newRow("blank") << u"   "_s << Verdict::Incomplete;
    QTest::newRow("plain") << u"Spring reminders"_s << Verdict::Ok;
    QTest::newRow("64") << QString(64, u'x') << Verdict::Ok;
    QTest::newRow("65") << QString(65, u'x') << Verdict::Wrong;
    // Counted as QString::size: a character outside the BMP counts twice.
    QTest::newRow("32 emoji") << QString(32, u'x').replace(u"x"_s, u"\U0001F600"_s) << Verdict::Ok;
    QTest::newRow("33 emoji") << QString(33, u'x').replace(u"x"_s, u"\U0001F600"_s) << Verdict::Wrong;
    QTest::newRow("escape") << u"Spring\x1b[31m"_s << Verdict::Wrong;
    QTest::newRow("line feed") << u"Spring\nsale"_s << Verdict::Wrong;
    QTest::newRow("override") << u"Spring \u202Eelas"_s << Verdict::Wrong;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << Verdict::Wrong;
    QTest::newRow("right-to-left with a mark") << u"מבצע אביב\u200F"_s << Verdict::Ok;
}

void tst_BroadcastRules::name()
{
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);
    const FieldCheck check = checkBroadcastName(input, ReasonLanguage::English);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(check.reason.isEmpty(), verdict == Verdict::Ok);
}

void tst_BroadcastRules::linkTrackingUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");

    QTest::newRow("empty") << QString() << Verdict::Incomplete;
    QTest::newRow("https") << u"https://acme-dental.com/spring?ref=sms"_s << Verdict::Ok;
    QTest::newRow("http") << u"http://acme-dental.com/"_s << Verdict::Ok;
    QTest::newRow("typing the scheme") << u"http"_s << Verdict::Incomplete;
    QTest::newRow("no host yet") << u"https://"_s << Verdict::Incomplete;
    QTest::newRow("ftp") << u"ftp://acme-dental.com/"_s << Verdict::Wrong;
    QTest::newRow("no scheme") << u"acme-dental.com/spring"_s << Verdict::Wrong;
    QTest::newRow("space") << u"https://acme-dental.com/spring sale"_s << Verdict::Wrong;
    QTest::newRow("control") << u"https://acme-dental.com/\x1b"_s << Verdict::Wrong;
    const QString base = u"https://acme-dental.com/"_s;
    QTest::newRow("2048") << base + QString(BroadcastUrlMaxLength - base.size(), u'a') << Verdict::Ok;
    QTest::newRow("2049") << base + QString(BroadcastUrlMaxLength + 1 - base.size(), u'a')
                          << Verdict::Wrong;
}

void tst_BroadcastRules::linkTrackingUrl()
{
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);
    const FieldCheck check = checkLinkTrackingUrl(input, ReasonLanguage::English);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(check.reason.isEmpty(), verdict == Verdict::Ok);
}

void tst_BroadcastRules::project_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("expected");

    const QJsonValue null(QJsonValue::Null);
    const QString bigUrl = u"https://acme-dental.com/"_s + QString(BroadcastUrlMaxLength, u'a');

    // Accepted.
    QTest::newRow("10dlc") << tenDlc() << QStringList();
    QTest::newRow("10dlc by default") << without(tenDlc(), {u"channel"_s}) << QStringList();
    QTest::newRow("every default as null")
        << with(tenDlc(), {{u"channel"_s, null}, {u"type"_s, null}, {u"message_type"_s, null},
                           {u"link_tracking_enabled"_s, null},
                           {u"toll_free_verification_id"_s, null},
                           {u"link_tracking_param_field"_s, null}})
        << QStringList();
    QTest::newRow("mms, type broadcast")
        << with(tenDlc(), {{u"message_type"_s, u"mms"_s}, {u"type"_s, u"broadcast"_s}})
        << QStringList();
    QTest::newRow("toll-free") << tollFree() << QStringList();
    QTest::newRow("unknown keys ignored") << with(tenDlc(), {{u"colour"_s, u"red"_s}})
                                          << QStringList();
    QTest::newRow("name of 64") << with(tenDlc(), {{u"name"_s, QString(64, u'n')}})
                                << QStringList();
    QTest::newRow("49 numbers") << with(tenDlc(), {{u"phone_number_ids"_s, localIds(49)}})
                                << QStringList();
    QTest::newRow("deprecated phone_number_id")
        << with(without(tenDlc(), {u"phone_number_ids"_s}), {{u"phone_number_id"_s, u"pn_local1"_s}})
        << QStringList();
    QTest::newRow("deprecated id, null list")
        << with(tenDlc(), {{u"phone_number_ids"_s, null}, {u"phone_number_id"_s, u"pn_local1"_s}})
        << QStringList();
    QTest::newRow("blank ids are absent on toll-free")
        << with(tollFree(), {{u"brand_id"_s, u""_s}, {u"campaign_id"_s, u" "_s}})
        << QStringList();
    QTest::newRow("tracking on") << tracking({}) << QStringList();
    QTest::newRow("tracking off, URL kept") << tracking({{u"link_tracking_enabled"_s, false}})
                                            << QStringList();
    QTest::newRow("param field phone") << tracking({{u"link_tracking_param_field"_s, u"phone"_s}})
                                       << QStringList();
    QTest::newRow("param field contact field")
        << tracking({{u"link_tracking_param_field"_s, u"first_name"_s}}) << QStringList();
    QTest::newRow("param field empty") << tracking({{u"link_tracking_param_field"_s, u""_s}})
                                       << QStringList();

    // name
    QTest::newRow("name missing") << without(tenDlc(), {u"name"_s}) << QStringList{u"name required"_s};
    QTest::newRow("name null") << with(tenDlc(), {{u"name"_s, null}}) << QStringList{u"name required"_s};
    QTest::newRow("name blank") << with(tenDlc(), {{u"name"_s, u" \t "_s}})
                                << QStringList{u"name required"_s};
    QTest::newRow("name a number") << with(tenDlc(), {{u"name"_s, 5}}) << QStringList{u"name invalid"_s};
    QTest::newRow("name of 65") << with(tenDlc(), {{u"name"_s, QString(65, u'n')}})
                                << QStringList{u"name too_long"_s};
    QTest::newRow("name of 33 emoji")
        << with(tenDlc(), {{u"name"_s, QString(33, u'x').replace(u"x"_s, u"\U0001F600"_s)}})
        << QStringList{u"name too_long"_s};
    QTest::newRow("name with escape") << with(tenDlc(), {{u"name"_s, u"Sale\x1b[2J"_s}})
                                      << QStringList{u"name invalid"_s};
    QTest::newRow("name, long and with a control")
        << with(tenDlc(), {{u"name"_s, QString(70, u'n').append(QChar(0x07))}})
        << QStringList{u"name invalid"_s};
    QTest::newRow("name with override") << with(tenDlc(), {{u"name"_s, u"Sale \u202Etxt.exe"_s}})
                                        << QStringList{u"name invalid"_s};

    // type, message_type, channel
    QTest::newRow("type campaign") << with(tenDlc(), {{u"type"_s, u"campaign"_s}})
                                   << QStringList{u"type invalid"_s};
    QTest::newRow("type a number") << with(tenDlc(), {{u"type"_s, 1}}) << QStringList{u"type invalid"_s};
    QTest::newRow("message_type SMS") << with(tenDlc(), {{u"message_type"_s, u"SMS"_s}})
                                      << QStringList{u"message_type invalid"_s};
    QTest::newRow("message_type whatsapp") << with(tenDlc(), {{u"message_type"_s, u"whatsapp"_s}})
                                           << QStringList{u"message_type invalid"_s};
    QTest::newRow("message_type true") << with(tenDlc(), {{u"message_type"_s, true}})
                                       << QStringList{u"message_type invalid"_s};
    QTest::newRow("channel 10DLC") << with(tenDlc(), {{u"channel"_s, u"10DLC"_s}})
                                   << QStringList{u"channel invalid"_s};
    QTest::newRow("channel a number") << with(tenDlc(), {{u"channel"_s, 10}})
                                      << QStringList{u"channel invalid"_s};
    // With no channel to go by, neither side's ids are required or refused, and the numbers'
    // type is not judged; unknown ids still are.
    QTest::newRow("unknown channel, toll-free body")
        << with(tollFree(), {{u"channel"_s, u"tollfree"_s}}) << QStringList{u"channel invalid"_s};
    QTest::newRow("unknown channel, unknown brand")
        << with(tenDlc(), {{u"channel"_s, u"sms"_s}, {u"brand_id"_s, u"br_nope"_s}})
        << QStringList{u"channel invalid"_s, u"brand_id not_found"_s};

    // phone_number_ids and phone_number_id
    QTest::newRow("no numbers") << without(tenDlc(), {u"phone_number_ids"_s})
                                << QStringList{u"phone_number_ids required"_s};
    QTest::newRow("numbers null") << with(tenDlc(), {{u"phone_number_ids"_s, null}})
                                  << QStringList{u"phone_number_ids required"_s};
    QTest::newRow("numbers empty") << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray()}})
                                   << QStringList{u"phone_number_ids too_few"_s};
    QTest::newRow("numbers a string") << with(tenDlc(), {{u"phone_number_ids"_s, u"pn_local1"_s}})
                                      << QStringList{u"phone_number_ids invalid"_s};
    QTest::newRow("numbers an object") << with(tenDlc(), {{u"phone_number_ids"_s, QJsonObject()}})
                                       << QStringList{u"phone_number_ids invalid"_s};
    QTest::newRow("a number id that is a number")
        << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_local1"_s, 7}}})
        << QStringList{u"phone_number_ids invalid"_s};
    QTest::newRow("a blank number id")
        << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u""_s, u"pn_local1"_s}}})
        << QStringList{u"phone_number_ids invalid"_s};
    QTest::newRow("a number id with a control")
        << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_\x1b"_s}}})
        << QStringList{u"phone_number_ids invalid"_s};
    QTest::newRow("duplicate ids")
        << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_local1"_s, u"pn_local2"_s, u"pn_local1"_s}}})
        << QStringList{u"phone_number_ids duplicate"_s};
    QTest::newRow("unknown id")
        << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_local1"_s, u"pn_nope"_s}}})
        << QStringList{u"phone_number_ids not_found"_s};
    QTest::newRow("50 numbers") << with(tenDlc(), {{u"phone_number_ids"_s, localIds(50)}})
                                << QStringList{u"phone_number_ids too_many"_s};
    {
        QJsonArray ids = localIds(50);
        ids.replace(3, u"pn_tf_a1"_s);
        ids.replace(7, u"pn_l00"_s);
        QTest::newRow("50 numbers, one toll-free, one twice")
            << with(tenDlc(), {{u"phone_number_ids"_s, ids}})
            << QStringList{u"phone_number_ids mismatch"_s, u"phone_number_ids duplicate"_s,
                           u"phone_number_ids too_many"_s};
    }
    QTest::newRow("both kinds of numbers")
        << with(tenDlc(), {{u"phone_number_id"_s, u"pn_local1"_s}})
        << QStringList{u"phone_number_id conflict"_s};
    QTest::newRow("both, and the list wrong")
        << with(tenDlc(), {{u"phone_number_id"_s, u"pn_local1"_s},
                           {u"phone_number_ids"_s, QJsonArray{u"pn_nope"_s}}})
        << QStringList{u"phone_number_ids not_found"_s, u"phone_number_id conflict"_s};
    QTest::newRow("deprecated id a number")
        << with(without(tenDlc(), {u"phone_number_ids"_s}), {{u"phone_number_id"_s, 12}})
        << QStringList{u"phone_number_id invalid"_s};
    QTest::newRow("deprecated id unknown")
        << with(without(tenDlc(), {u"phone_number_ids"_s}), {{u"phone_number_id"_s, u"pn_nope"_s}})
        << QStringList{u"phone_number_id not_found"_s};
    QTest::newRow("deprecated id toll-free on 10dlc")
        << with(without(tenDlc(), {u"phone_number_ids"_s}), {{u"phone_number_id"_s, u"pn_tf_a1"_s}})
        << QStringList{u"phone_number_id mismatch"_s};
    QTest::newRow("deprecated id on toll-free")
        << with(without(tollFree(), {u"phone_number_ids"_s}), {{u"phone_number_id"_s, u"pn_tf_a2"_s}})
        << QStringList();

    // 10dlc: brand and campaign, local numbers
    QTest::newRow("10dlc, toll-free number")
        << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_local1"_s, u"pn_tf_a1"_s}}})
        << QStringList{u"phone_number_ids mismatch"_s};
    QTest::newRow("10dlc, two toll-free numbers")
        << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_tf_b1"_s, u"pn_tf_a1"_s}}})
        << QStringList{u"phone_number_ids mismatch"_s, u"phone_number_ids mismatch"_s};
    QTest::newRow("10dlc, no brand") << without(tenDlc(), {u"brand_id"_s})
                                     << QStringList{u"brand_id required"_s};
    QTest::newRow("10dlc, blank brand") << with(tenDlc(), {{u"brand_id"_s, u""_s}})
                                        << QStringList{u"brand_id required"_s};
    QTest::newRow("10dlc, brand a number") << with(tenDlc(), {{u"brand_id"_s, 3}})
                                           << QStringList{u"brand_id invalid"_s};
    QTest::newRow("10dlc, no campaign") << without(tenDlc(), {u"campaign_id"_s})
                                        << QStringList{u"campaign_id required"_s};
    QTest::newRow("10dlc, neither") << without(tenDlc(), {u"brand_id"_s, u"campaign_id"_s})
                                    << QStringList{u"brand_id required"_s, u"campaign_id required"_s};
    QTest::newRow("10dlc, unknown brand") << with(tenDlc(), {{u"brand_id"_s, u"br_nope"_s}})
                                          << QStringList{u"brand_id not_found"_s};
    QTest::newRow("10dlc, unknown campaign") << with(tenDlc(), {{u"campaign_id"_s, u"cmp_nope"_s}})
                                             << QStringList{u"campaign_id not_found"_s};
    QTest::newRow("10dlc, campaign of another brand")
        << with(tenDlc(), {{u"campaign_id"_s, u"cmp_bolt1"_s}})
        << QStringList{u"campaign_id mismatch"_s};
    QTest::newRow("10dlc, other brand's campaign")
        << with(tenDlc(), {{u"brand_id"_s, u"br_bolt"_s}}) << QStringList{u"campaign_id mismatch"_s};
    QTest::newRow("10dlc, verification") << with(tenDlc(), {{u"toll_free_verification_id"_s, u"tfv_a"_s}})
                                         << QStringList{u"toll_free_verification_id not_allowed"_s};
    QTest::newRow("10dlc, unknown verification")
        << with(tenDlc(), {{u"toll_free_verification_id"_s, u"tfv_nope"_s}})
        << QStringList{u"toll_free_verification_id not_allowed"_s};

    // toll-free: the verification, its numbers
    QTest::newRow("toll-free, no verification") << without(tollFree(), {u"toll_free_verification_id"_s})
                                                << QStringList{u"toll_free_verification_id required"_s};
    QTest::newRow("toll-free, unknown verification")
        << with(tollFree(), {{u"toll_free_verification_id"_s, u"tfv_nope"_s}})
        << QStringList{u"toll_free_verification_id not_found"_s};
    QTest::newRow("toll-free, verification a number")
        << with(tollFree(), {{u"toll_free_verification_id"_s, false}})
        << QStringList{u"toll_free_verification_id invalid"_s};
    QTest::newRow("toll-free, brand") << with(tollFree(), {{u"brand_id"_s, u"br_acme"_s}})
                                      << QStringList{u"brand_id not_allowed"_s};
    QTest::newRow("toll-free, campaign") << with(tollFree(), {{u"campaign_id"_s, u"cmp_acme1"_s}})
                                         << QStringList{u"campaign_id not_allowed"_s};
    QTest::newRow("toll-free, brand and campaign")
        << with(tollFree(), {{u"brand_id"_s, u"br_nope"_s}, {u"campaign_id"_s, u"cmp_bolt1"_s}})
        << QStringList{u"brand_id not_allowed"_s, u"campaign_id not_allowed"_s};
    QTest::newRow("toll-free, local number")
        << with(tollFree(), {{u"phone_number_ids"_s, QJsonArray{u"pn_tf_a1"_s, u"pn_local1"_s}}})
        << QStringList{u"phone_number_ids mismatch"_s};
    QTest::newRow("toll-free, number of the other verification")
        << with(tollFree(), {{u"phone_number_ids"_s, QJsonArray{u"pn_tf_a1"_s, u"pn_tf_b1"_s}}})
        << QStringList{u"phone_number_ids mismatch"_s};
    QTest::newRow("toll-free, other verification")
        << with(tollFree(), {{u"toll_free_verification_id"_s, u"tfv_b"_s}})
        << QStringList{u"phone_number_ids mismatch"_s, u"phone_number_ids mismatch"_s};
    // Without a known verification only the numbers' type can be judged.
    QTest::newRow("toll-free, mixed numbers, no verification")
        << with(without(tollFree(), {u"toll_free_verification_id"_s}),
                {{u"phone_number_ids"_s, QJsonArray{u"pn_tf_a1"_s, u"pn_tf_b1"_s}}})
        << QStringList{u"toll_free_verification_id required"_s};

    // link tracking
    QTest::newRow("tracking on, nothing else")
        << with(tenDlc(), {{u"link_tracking_enabled"_s, true}})
        << QStringList{u"link_tracking_destination_url required"_s,
                       u"link_tracking_domain_id required"_s};
    QTest::newRow("tracking on, blank url, null domain")
        << tracking({{u"link_tracking_destination_url"_s, u" "_s}, {u"link_tracking_domain_id"_s, null}})
        << QStringList{u"link_tracking_destination_url required"_s,
                       u"link_tracking_domain_id required"_s};
    QTest::newRow("tracking yes") << tracking({{u"link_tracking_enabled"_s, u"yes"_s}})
                                  << QStringList{u"link_tracking_enabled invalid"_s};
    QTest::newRow("tracking 1, nothing else") << with(tenDlc(), {{u"link_tracking_enabled"_s, 1}})
                                              << QStringList{u"link_tracking_enabled invalid"_s};
    QTest::newRow("tracking, ftp url")
        << tracking({{u"link_tracking_destination_url"_s, u"ftp://acme-dental.com/"_s}})
        << QStringList{u"link_tracking_destination_url invalid"_s};
    QTest::newRow("tracking, url without host")
        << tracking({{u"link_tracking_destination_url"_s, u"https://"_s}})
        << QStringList{u"link_tracking_destination_url invalid"_s};
    QTest::newRow("tracking, url a number")
        << tracking({{u"link_tracking_destination_url"_s, 42}})
        << QStringList{u"link_tracking_destination_url invalid"_s};
    QTest::newRow("tracking, url too long")
        << tracking({{u"link_tracking_destination_url"_s, bigUrl}})
        << QStringList{u"link_tracking_destination_url too_long"_s};
    QTest::newRow("tracking off, bad url")
        << tracking({{u"link_tracking_enabled"_s, false},
                     {u"link_tracking_destination_url"_s, u"not a url"_s}})
        << QStringList{u"link_tracking_destination_url invalid"_s};
    QTest::newRow("tracking, unknown domain") << tracking({{u"link_tracking_domain_id"_s, u"ltd_nope"_s}})
                                              << QStringList{u"link_tracking_domain_id not_found"_s};
    QTest::newRow("tracking, domain a list") << tracking({{u"link_tracking_domain_id"_s, QJsonArray()}})
                                             << QStringList{u"link_tracking_domain_id invalid"_s};
    QTest::newRow("param field unknown")
        << tracking({{u"link_tracking_param_field"_s, u"shoe_size"_s}})
        << QStringList{u"link_tracking_param_field not_found"_s};
    QTest::newRow("param field Phone") << tracking({{u"link_tracking_param_field"_s, u"Phone"_s}})
                                       << QStringList{u"link_tracking_param_field not_found"_s};
    QTest::newRow("param field a number") << tracking({{u"link_tracking_param_field"_s, 5}})
                                          << QStringList{u"link_tracking_param_field invalid"_s};

    // Many at once: every field listed, in the documented order.
    QTest::newRow("everything wrong, 10dlc")
        << QJsonObject{{u"type"_s, u"blast"_s},
                       {u"message_type"_s, u"fax"_s},
                       {u"phone_number_ids"_s, QJsonArray{u"pn_tf_a1"_s, u"pn_nope"_s, u"pn_tf_a1"_s}},
                       {u"brand_id"_s, u"br_nope"_s},
                       {u"toll_free_verification_id"_s, u"tfv_a"_s},
                       {u"link_tracking_enabled"_s, true},
                       {u"link_tracking_param_field"_s, u"zip"_s}}
        << QStringList{u"name required"_s,
                       u"type invalid"_s,
                       u"message_type invalid"_s,
                       u"phone_number_ids mismatch"_s,
                       u"phone_number_ids not_found"_s,
                       u"phone_number_ids duplicate"_s,
                       u"brand_id not_found"_s,
                       u"campaign_id required"_s,
                       u"toll_free_verification_id not_allowed"_s,
                       u"link_tracking_destination_url required"_s,
                       u"link_tracking_domain_id required"_s,
                       u"link_tracking_param_field not_found"_s};
    QTest::newRow("everything wrong, toll-free")
        << QJsonObject{{u"name"_s, QString(80, u'n')},
                       {u"channel"_s, u"toll-free"_s},
                       {u"phone_number_id"_s, u"pn_local2"_s},
                       {u"brand_id"_s, u"br_acme"_s},
                       {u"campaign_id"_s, u"cmp_acme1"_s},
                       {u"link_tracking_enabled"_s, true},
                       {u"link_tracking_destination_url"_s, u"https://"_s},
                       {u"link_tracking_domain_id"_s, u"ltd_nope"_s}}
        << QStringList{u"name too_long"_s,
                       u"phone_number_id mismatch"_s,
                       u"brand_id not_allowed"_s,
                       u"campaign_id not_allowed"_s,
                       u"toll_free_verification_id required"_s,
                       u"link_tracking_destination_url invalid"_s,
                       u"link_tracking_domain_id not_found"_s};
    QTest::newRow("empty body")
        << QJsonObject()
        << QStringList{u"name required"_s, u"phone_number_ids required"_s,
                       u"brand_id required"_s, u"campaign_id required"_s};
}

void tst_BroadcastRules::project()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, expected);
    const TestLookup lookup;
    const QList<BroadcastFieldError> errors = checkBroadcastProject(body, lookup,
                                                                    ReasonLanguage::English);
    QCOMPARE(codes(errors), expected);
    // The user's language gives the same verdicts (no translator is installed here).
    QCOMPARE(codes(checkBroadcastProject(body, lookup)), expected);
}

void tst_BroadcastRules::messagesNameTheNumber()
{
    const TestLookup lookup;
    const auto message = [&](const QJsonObject &body) {
        const auto errors = checkBroadcastProject(body, lookup, ReasonLanguage::English);
        return errors.size() == 1 ? errors.first().message : QString();
    };
    QCOMPARE(message(with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_tf_a1"_s}}})),
             u"+18335550101 is a toll-free number; a 10DLC project sends from local numbers."_s);
    QCOMPARE(message(with(tollFree(), {{u"phone_number_ids"_s, QJsonArray{u"pn_local1"_s}}})),
             u"+12065550143 is a local number; a toll-free project sends from toll-free numbers."_s);
    QCOMPARE(message(with(tollFree(), {{u"phone_number_ids"_s, QJsonArray{u"pn_tf_b1"_s}}})),
             u"+18555550103 belongs to another toll-free verification."_s);
    QCOMPARE(message(with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_gone"_s}}})),
             u"pn_gone is not a number of this organisation."_s);
    QCOMPARE(message(with(tenDlc(), {{u"phone_number_ids"_s, localIds(50)}})),
             u"A project sends from at most 49 numbers; 50 are chosen."_s);
    QCOMPARE(message(with(tenDlc(), {{u"name"_s, QString(65, u'n')}})),
             u"A project name is at most 64 characters long; this one has 65."_s);
    // A control character is named, never echoed.
    const QString escaped = message(with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray{u"pn_\x1b"_s}}}));
    QVERIFY2(escaped.contains(u"U+001B"_s), qPrintable(escaped));
    QVERIFY(!escaped.contains(QChar(0x1b)));
}

void tst_BroadcastRules::everyErrorHasAMessage()
{
    const TestLookup lookup;
    const QJsonObject bodies[] = {
        QJsonObject(),
        with(tenDlc(), {{u"name"_s, 5}, {u"type"_s, 5}, {u"channel"_s, 5},
                        {u"phone_number_ids"_s, QJsonArray{5, u"pn_local1"_s, u"pn_local1"_s}},
                        {u"phone_number_id"_s, u"x"_s}, {u"link_tracking_enabled"_s, u"on"_s},
                        {u"link_tracking_domain_id"_s, 5}, {u"link_tracking_param_field"_s, 5}}),
        with(tollFree(), {{u"brand_id"_s, u"b"_s}, {u"campaign_id"_s, u"c"_s},
                          {u"phone_number_ids"_s, QJsonArray()}}),
    };
    for (const QJsonObject &body : bodies) {
        for (const BroadcastFieldError &e : checkBroadcastProject(body, lookup, ReasonLanguage::English)) {
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
            QVERIFY2(e.message.endsWith(u'.'), qPrintable(e.message));
            QVERIFY2(!e.message.contains(u"%1"_s), qPrintable(e.message));
        }
    }
    // "phone" never asks the organisation's contact fields.
    const TestLookup asked;
    checkBroadcastProject(tracking({{u"link_tracking_param_field"_s, u"phone"_s}}), asked);
    QVERIFY(asked.askedFields.isEmpty());
}

void tst_BroadcastRules::normalized()
{
    const QJsonObject filled = normalizedBroadcastProject(tenDlc());
    QCOMPARE(filled.value(u"type"_s).toString(), u"broadcast"_s);
    QCOMPARE(filled.value(u"message_type"_s).toString(), u"sms"_s);
    QCOMPARE(filled.value(u"channel"_s).toString(), u"10dlc"_s);
    QCOMPARE(filled.value(u"link_tracking_enabled"_s), QJsonValue(false));
    QCOMPARE(filled.value(u"phone_number_ids"_s).toArray(),
             (QJsonArray{u"pn_local1"_s, u"pn_local2"_s}));
    QCOMPARE(filled.value(u"name"_s).toString(), u"Spring reminders"_s);

    // Given values stay; null ones take the default.
    const QJsonObject kept = normalizedBroadcastProject(
        with(tollFree(), {{u"message_type"_s, u"mms"_s}, {u"link_tracking_enabled"_s, QJsonValue::Null}}));
    QCOMPARE(kept.value(u"message_type"_s).toString(), u"mms"_s);
    QCOMPARE(kept.value(u"channel"_s).toString(), u"toll-free"_s);
    QCOMPARE(kept.value(u"link_tracking_enabled"_s), QJsonValue(false));

    // The deprecated single id becomes a one-element list, and goes.
    const QJsonObject legacy = normalizedBroadcastProject(
        with(without(tenDlc(), {u"phone_number_ids"_s}), {{u"phone_number_id"_s, u"pn_local2"_s}}));
    QCOMPARE(legacy.value(u"phone_number_ids"_s).toArray(), QJsonArray{u"pn_local2"_s});
    QVERIFY(!legacy.contains(u"phone_number_id"_s));
    // The normalized body passes the same rules.
    QVERIFY(checkBroadcastProject(legacy, TestLookup()).isEmpty());
}

QTEST_APPLESS_MAIN(tst_BroadcastRules)
#include "tst_broadcastrules.moc"
