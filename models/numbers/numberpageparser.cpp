#include "numberpageparser.h"

#include "numberchecks.h"
#include "phonenumbers.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

using namespace Qt::StringLiterals;

namespace {
enum class Key : int {
    Unknown = -1,
    // 0 .. NumberFieldCount-1 are the NumberFields
    Sid = 1000,
    PhoneNumber,
    FriendlyName,
    DateCreated,
    DateUpdated,
    Beta,
    Capabilities,
};

const QHash<QByteArray, int> &keys()
{
    static const QHash<QByteArray, int> table = [] {
        QHash<QByteArray, int> t;
        for (int f = 0; f < NumberFieldCount; ++f) {
            const QLatin1StringView json = NumberFields::jsonKey(NumberField(f));
            if (!json.isEmpty())
                t.insert(QByteArray(json.data(), json.size()), f);
        }
        t.insert("sid", int(Key::Sid));
        t.insert("phone_number", int(Key::PhoneNumber));
        t.insert("friendly_name", int(Key::FriendlyName));
        t.insert("date_created", int(Key::DateCreated));
        t.insert("date_updated", int(Key::DateUpdated));
        t.insert("beta", int(Key::Beta));
        t.insert("capabilities", int(Key::Capabilities));
        return t;
    }();
    return table;
}

int keyOf(QByteArrayView key)
{
    return keys().value(QByteArray::fromRawData(key.data(), key.size()), int(Key::Unknown));
}

bool isSidField(int field)
{
    switch (NumberField(field)) {
    case NumberField::AccountSid:
    case NumberField::VoiceApplicationSid:
    case NumberField::TrunkSid:
    case NumberField::SmsApplicationSid:
    case NumberField::EmergencyAddressSid:
    case NumberField::AddressSid:
    case NumberField::IdentitySid:
    case NumberField::BundleSid:
        return true;
    default:
        return false;
    }
}

quint8 capabilityBit(QByteArrayView key)
{
    // Twilio sends "voice", SignalWire "Voice"; "SMS"/"MMS" upper-case there.
    const QByteArray k = QByteArray(key.data(), key.size()).toLower();
    if (k == "voice")
        return NumberRow::Voice;
    if (k == "sms")
        return NumberRow::Sms;
    if (k == "mms")
        return NumberRow::Mms;
    if (k == "fax")
        return NumberRow::Fax;
    return 0;
}

ApiError malformed(const QString &why)
{
    return ApiError::transport(ApiError::Kind::Malformed, why);
}

// Builds one page: the rows, and the page's own pool of the texts that repeat.
class PageBuilder
{
public:
    explicit PageBuilder(ApiFamily family)
        : m_family(family)
    {
    }

    void beginRecord()
    {
        m_row = NumberRow();
        m_seen = 0;
    }

    // A text (UTF-8) or a null (`null` true) under `key`.
    void text(QByteArrayView key, QByteArrayView utf8, bool null = false)
    {
        const int k = keyOf(key);
        if (k == int(Key::Unknown) || k == int(Key::Capabilities))
            return;
        if (k == int(Key::Sid) || k == int(Key::PhoneNumber) || k == int(Key::FriendlyName)) {
            if (null)
                return;
            const QString s = QString::fromUtf8(utf8.data(), utf8.size());
            (k == int(Key::Sid) ? m_row.sid : k == int(Key::PhoneNumber) ? m_row.phoneNumber : m_row.friendlyName) = s;
            return;
        }
        if (k == int(Key::DateCreated) || k == int(Key::DateUpdated)) {
            qint64 ms = 0;
            if (!null && NumberPageParser::parseRfc2822(utf8, &ms)) {
                (k == int(Key::DateCreated) ? m_row.created : m_row.updated) = ms;
                m_seen |= k == int(Key::DateCreated) ? 1 : 2;
            }
            return;
        }
        if (k == int(Key::Beta))
            return;
        // SignalWire's sample answers write a null SID as the text "null".
        if (null || (isSidField(k) && utf8 == "null"))
            return; // index 0: empty
        m_row.fields[size_t(k)] = intern(utf8);
    }

    void boolean(QByteArrayView key, bool value)
    {
        const int k = keyOf(key);
        if (k == int(Key::Beta)) {
            m_row.beta = value;
        } else if (k >= 0 && k < NumberFieldCount) {
            const QByteArrayView text = value ? QByteArrayView("true") : QByteArrayView("false");
            m_row.fields[size_t(k)] = intern(text);
        }
    }

    void number(QByteArrayView key, double value)
    {
        const int k = keyOf(key);
        if (k >= 0 && k < NumberFieldCount)
            m_row.fields[size_t(k)] = intern(QString::number(value).toUtf8());
    }

    void capability(QByteArrayView key, bool value)
    {
        if (value)
            m_row.capabilities |= capabilityBit(key);
    }
    void sawCapabilities() { m_seen |= 4; }

    // The record is complete: checked as IncomingNumber::fromJson() checks it.
    ApiError endRecord(int index)
    {
        if (m_row.sid.isEmpty())
            return malformed(NumberPageParser::tr("Record %1 of the page: a number has no “sid”.").arg(index + 1));
        if (m_row.phoneNumber.isEmpty())
            return malformed(NumberPageParser::tr("Record %1 of the page: number %2 has no “phone_number”.")
                                 .arg(index + 1)
                                 .arg(m_row.sid));
        if (!(m_seen & 4))
            return malformed(NumberPageParser::tr("Record %1 of the page: number %2 has no “capabilities”.")
                                 .arg(index + 1)
                                 .arg(m_row.phoneNumber));
        if ((m_seen & 3) != 3)
            return malformed(NumberPageParser::tr("Record %1 of the page: number %2 has no valid dates.")
                                 .arg(index + 1)
                                 .arg(m_row.phoneNumber));
        m_row.setField(NumberField::Region, m_strings.intern(PhoneNumbers::region(m_row.phoneNumber).toUtf8()));
        m_row.problems = NumberChecks::check(m_row, m_strings.pool(), m_family);
        m_rows.append(std::move(m_row));
        return {};
    }

    void reserve(qsizetype n) { m_rows.reserve(n); }
    NumberPage take(const QString &nextToken)
    {
        NumberPage page;
        page.rows = std::move(m_rows);
        page.strings = m_strings.take();
        page.nextToken = nextToken;
        return page;
    }

private:
    quint32 intern(QByteArrayView utf8) { return m_strings.intern(utf8); }

    ApiFamily m_family;
    PageStrings m_strings;
    QList<NumberRow> m_rows;
    NumberRow m_row;
    int m_seen = 0; // 1 created, 2 updated, 4 capabilities
};

constexpr QLatin1StringView ArrayKey("incoming_phone_numbers");
} // namespace

struct NumberPageParser::Simd
{
    simdjson::dom::parser parser;
};

NumberPageParser::NumberPageParser(ApiFamily family, Engine engine)
    : m_family(family)
    , m_engine(engine)
    , m_simd(std::make_unique<Simd>())
{
}

NumberPageParser::~NumberPageParser() = default;

bool NumberPageParser::parseRfc2822(QByteArrayView t, qint64 *ms)
{
    // "Thu, 30 Jul 2015 23:19:04 +0000": what both providers send. Hand-read, as a page of a
    // thousand numbers has two thousand of them.
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < t.size() && t[i] == ' ')
            ++i;
    };
    const auto digits = [&](int min, int max, int *out) {
        int n = 0, count = 0;
        while (i < t.size() && count < max && t[i] >= '0' && t[i] <= '9') {
            n = n * 10 + (t[i] - '0');
            ++i;
            ++count;
        }
        *out = n;
        return count >= min;
    };
    skipSpaces();
    if (i + 3 < t.size() && t[i + 3] == ',') // the day of the week is optional
        i += 4;
    skipSpaces();
    int day = 0, year = 0, hour = 0, minute = 0, second = 0;
    if (!digits(1, 2, &day))
        return false;
    skipSpaces();
    if (i + 3 > t.size())
        return false;
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (t[i] == months[m * 3] && t[i + 1] == months[m * 3 + 1] && t[i + 2] == months[m * 3 + 2])
            month = m + 1;
    }
    if (!month)
        return false;
    i += 3;
    skipSpaces();
    if (!digits(4, 4, &year))
        return false;
    skipSpaces();
    if (!digits(2, 2, &hour) || i >= t.size() || t[i++] != ':' || !digits(2, 2, &minute)
        || i >= t.size() || t[i++] != ':' || !digits(2, 2, &second))
        return false;
    skipSpaces();
    int offsetMinutes = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
        const int sign = t[i] == '-' ? -1 : 1;
        ++i;
        int hhmm = 0;
        if (!digits(4, 4, &hhmm))
            return false;
        offsetMinutes = sign * ((hhmm / 100) * 60 + hhmm % 100);
    } else if (t.sliced(i).startsWith("GMT") || t.sliced(i).startsWith("UT")) {
        i += t.sliced(i).startsWith("GMT") ? 3 : 2;
    } else {
        return false;
    }
    skipSpaces();
    if (i != t.size())
        return false;
    if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    *ms = ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL - offsetMinutes * 60000LL;
    return true;
}

NumberPage NumberPageParser::parse(const QByteArray &body,
                                   const std::function<void(const QString &)> &onNext)
{
    if (m_engine == Engine::QtJson)
        return parseWithQt(body, onNext);

    NumberPage failed;
    const auto fail = [&failed](const QString &why) {
        failed.error = malformed(why);
        return failed;
    };
    simdjson::dom::element root;
    if (const auto error = m_simd->parser.parse(body.constData(), size_t(body.size())).get(root)) {
        return fail(tr("The list page is not valid JSON (%1).")
                        .arg(QString::fromLatin1(simdjson::error_message(error))));
    }
    simdjson::dom::object object;
    if (root.get_object().get(object))
        return fail(tr("The list page is not a JSON object."));

    // The continuation first (the tape makes skipping the records cheap), so the next page
    // can be asked for while this one is read.
    QString nextToken;
    simdjson::dom::element next;
    if (!object.at_key("next_page_uri").get(next) && !next.is_null()) {
        std::string_view s;
        if (next.get_string().get(s))
            return fail(tr("The list page's “next_page_uri” is neither text nor null."));
        nextToken = QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    if (onNext)
        onNext(nextToken);

    PageBuilder builder(m_family);
    bool sawArray = false;
    for (const auto field : object) {
        const std::string_view key = field.key;
        const simdjson::dom::element value = field.value;
        if (key == std::string_view(ArrayKey.data(), size_t(ArrayKey.size()))) {
            simdjson::dom::array records;
            if (value.get_array().get(records))
                return fail(tr("The list page's “%1” is not a list.").arg(ArrayKey));
            sawArray = true;
            builder.reserve(qsizetype(records.size()));
            int index = 0;
            for (const simdjson::dom::element record : records) {
                simdjson::dom::object o;
                if (record.get_object().get(o))
                    return fail(tr("Record %1 of the page is not an object.").arg(index + 1));
                builder.beginRecord();
                for (const auto member : o) {
                    const QByteArrayView k(member.key.data(), qsizetype(member.key.size()));
                    const simdjson::dom::element v = member.value;
                    switch (v.type()) {
                    case simdjson::dom::element_type::STRING: {
                        const std::string_view s = v.get_string().value_unsafe();
                        builder.text(k, QByteArrayView(s.data(), qsizetype(s.size())));
                        break;
                    }
                    case simdjson::dom::element_type::NULL_VALUE:
                        builder.text(k, {}, true);
                        break;
                    case simdjson::dom::element_type::BOOL:
                        builder.boolean(k, v.get_bool().value_unsafe());
                        break;
                    case simdjson::dom::element_type::INT64:
                    case simdjson::dom::element_type::UINT64:
                    case simdjson::dom::element_type::DOUBLE:
                        builder.number(k, v.get_double().value_unsafe());
                        break;
                    case simdjson::dom::element_type::OBJECT:
                        if (simdjson::dom::object caps;
                            keyOf(k) == int(Key::Capabilities) && !v.get_object().get(caps)) {
                            builder.sawCapabilities();
                            for (const auto cap : caps) {
                                bool on = false;
                                if (!cap.value.get_bool().get(on))
                                    builder.capability(QByteArrayView(cap.key.data(), qsizetype(cap.key.size())), on);
                            }
                        }
                        break;
                    case simdjson::dom::element_type::ARRAY:
                        break;
                    }
                }
                if (const ApiError e = builder.endRecord(index); e.isError()) {
                    failed.error = e;
                    return failed;
                }
                ++index;
            }
        } else if (key == "page" || key == "page_size" || key == "start" || key == "end") {
            if (!value.is_int64() && !value.is_uint64())
                return fail(tr("The list page's “%1” is not a count.")
                                .arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        }
    }
    if (!sawArray)
        return fail(tr("The list page has no “%1” list.").arg(ArrayKey));
    return builder.take(nextToken);
}

NumberPage NumberPageParser::parseWithQt(const QByteArray &body,
                                         const std::function<void(const QString &)> &onNext)
{
    NumberPage failed;
    const auto fail = [&failed](const QString &why) {
        failed.error = malformed(why);
        return failed;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return fail(tr("The list page is not a JSON object."));
    const QJsonObject root = doc.object();
    const QJsonValue array = root.value(ArrayKey);
    if (!array.isArray())
        return fail(tr("The list page has no “%1” list.").arg(ArrayKey));
    for (const auto key : {"page"_L1, "page_size"_L1, "start"_L1, "end"_L1}) {
        const QJsonValue v = root.value(key);
        if (!v.isUndefined() && !v.isDouble())
            return fail(tr("The list page's “%1” is not a count.").arg(key));
    }
    const QJsonValue next = root.value("next_page_uri"_L1);
    if (!next.isUndefined() && !next.isNull() && !next.isString())
        return fail(tr("The list page's “next_page_uri” is neither text nor null."));
    if (onNext)
        onNext(next.toString());

    PageBuilder builder(m_family);
    const QJsonArray records = array.toArray();
    builder.reserve(records.size());
    for (qsizetype index = 0; index < records.size(); ++index) {
        const QJsonValue record = records.at(index);
        if (!record.isObject())
            return fail(tr("Record %1 of the page is not an object.").arg(index + 1));
        builder.beginRecord();
        const QJsonObject o = record.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray k = it.key().toUtf8();
            const QJsonValue v = it.value();
            if (v.isString()) {
                builder.text(k, v.toString().toUtf8());
            } else if (v.isNull()) {
                builder.text(k, {}, true);
            } else if (v.isBool()) {
                builder.boolean(k, v.toBool());
            } else if (v.isDouble()) {
                builder.number(k, v.toDouble());
            } else if (v.isObject() && keyOf(k) == int(Key::Capabilities)) {
                builder.sawCapabilities();
                const QJsonObject caps = v.toObject();
                for (auto c = caps.begin(); c != caps.end(); ++c)
                    builder.capability(c.key().toUtf8(), c.value().toBool(false));
            }
        }
        if (const ApiError e = builder.endRecord(int(index)); e.isError()) {
            failed.error = e;
            return failed;
        }
    }
    return builder.take(next.toString());
}
