#include "availablenumbersapi.h"

#include "familyerrors.h"
#include "validation/numberrules.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPageSize = 1000;
constexpr int MinContains = 2;
constexpr int MaxContains = 16;

struct Country
{
    QString code;
    QString name;
};
const Country stockedCountries[] = {{u"US"_s, u"United States"_s}, {u"CA"_s, u"Canada"_s},
                                    {u"GB"_s, u"United Kingdom"_s}, {u"DE"_s, u"Germany"_s},
                                    {u"AU"_s, u"Australia"_s}};

const Country *findCountry(const QString &code)
{
    for (const Country &c : stockedCountries) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

struct SearchPath
{
    QString segment;     // "Local"
    QString type;        // the inventory's type: "local"
    QString subresource; // key in subresource_uris: "local"
};
const SearchPath searchPaths[] = {{u"Local"_s, u"local"_s, u"local"_s},
                                  {u"TollFree"_s, u"toll-free"_s, u"toll_free"_s},
                                  {u"Mobile"_s, u"mobile"_s, u"mobile"_s}};

HttpReply invalid(int code, const QString &message)
{
    return FamilyErrors::twilio(400, code, message);
}

QString encodeQuery(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[name, value] : items) {
        parts << QString::fromLatin1(QUrl::toPercentEncoding(name) + '='
                                     + QUrl::toPercentEncoding(value));
    }
    return parts.join(u'&');
}

// The request's own query items, fully decoded, without the paging ones.
QList<QPair<QString, QString>> filterItems(const HttpCall &call)
{
    QList<QPair<QString, QString>> items;
    const auto all = call.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : all) {
        if (item.first != u"Page" && item.first != u"PageToken" && item.first != u"PageSize")
            items.append(item);
    }
    return items;
}

// A keypad letter's digit: ABC 2, DEF 3, GHI 4, JKL 5, MNO 6, PQRS 7, TUV 8, WXYZ 9.
QChar keypadDigit(QChar letter)
{
    static constexpr char16_t keys[] = u"22233344455566677778889999";
    const int index = letter.toUpper().unicode() - u'A';
    return QChar(keys[index]);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const InventoryNumber &a)
{
    const bool sw = a.family == Family::SignalWire;
    const QJsonObject capabilities =
        sw ? QJsonObject{{u"Voice"_s, a.capVoice}, {u"SMS"_s, a.capSms}, {u"MMS"_s, a.capMms},
                         {u"Fax"_s, a.capFax}}
           : QJsonObject{{u"voice"_s, a.capVoice}, {u"sms"_s, a.capSms}, {u"mms"_s, a.capMms},
                         {u"fax"_s, a.capFax}};
    return {{u"friendly_name"_s, NumberInventory::formatted(a.phoneNumber)},
            {u"phone_number"_s, a.phoneNumber},
            {u"lata"_s, textOrNull(a.lata)},
            {u"locality"_s, textOrNull(a.locality)},
            {u"rate_center"_s, textOrNull(a.rateCenter)},
            {u"latitude"_s, numberOrNull(a.latitude)},
            {u"longitude"_s, numberOrNull(a.longitude)},
            {u"region"_s, textOrNull(a.region)},
            {u"postal_code"_s, textOrNull(a.postalCode)},
            {u"iso_country"_s, a.isoCountry},
            {u"address_requirements"_s, a.addressRequirements},
            {u"beta"_s, a.beta},
            {u"capabilities"_s, capabilities}};
}

// Page fields of a list that is never more than one page long.
void addSinglePageFields(QJsonObject *body, const QString &path,
                         const QList<QPair<QString, QString>> &filters, int pageSize, int page,
                         int count)
{
    auto pageUri = [&](int index) -> QString {
        QList<QPair<QString, QString>> items = filters;
        items.append({u"PageSize"_s, QString::number(pageSize)});
        items.append({u"Page"_s, QString::number(index)});
        return path + u"?"_s + encodeQuery(items);
    };
    const qint64 start = qint64(page) * pageSize;
    body->insert(u"uri"_s, pageUri(page));
    body->insert(u"first_page_uri"_s, pageUri(0));
    body->insert(u"next_page_uri"_s, QJsonValue(QJsonValue::Null));
    body->insert(u"previous_page_uri"_s, QJsonValue(QJsonValue::Null));
    body->insert(u"page"_s, page);
    body->insert(u"page_size"_s, pageSize);
    body->insert(u"start"_s, start);
    body->insert(u"end"_s, count > 0 ? start + count - 1 : start);
}

struct Paging
{
    int pageSize = 0;
    int page = 0;
};

// PageSize, Page and PageToken as every list reads them; nullopt and *error on a bad one.
std::optional<Paging> readPaging(const HttpCall &call, int defaultPageSize, HttpReply *error)
{
    Paging paging;
    paging.pageSize = defaultPageSize;
    bool ok = true;
    if (call.query.hasQueryItem(u"PageSize"_s)) {
        paging.pageSize = call.queryValue(u"PageSize"_s).toInt(&ok);
        if (!ok || paging.pageSize < 1 || paging.pageSize > MaxPageSize) {
            *error = invalid(20007, u"PageSize must be a whole number from 1 to %1"_s.arg(
                                        MaxPageSize));
            return std::nullopt;
        }
    }
    if (call.query.hasQueryItem(u"Page"_s)) {
        paging.page = call.queryValue(u"Page"_s).toInt(&ok);
        if (!ok || paging.page < 0) {
            *error = invalid(20007, u"Page must be a whole number, 0 or more"_s);
            return std::nullopt;
        }
    }
    if (call.query.hasQueryItem(u"PageToken"_s)) {
        // Every list here fits in one page, so no token was ever handed out.
        *error = invalid(21481, u"The PageToken is not valid"_s);
        return std::nullopt;
    }
    return paging;
}

} // namespace

AvailableNumbersApi::AvailableNumbersApi(SandboxDatabase &database)
    : m_inventory(database)
{
}

void AvailableNumbersApi::addRoutes(Router &router)
{
    const struct
    {
        Family scope;
        QString prefix;
    } prefixes[] = {{Family::Twilio, u"/2010-04-01/Accounts/{AccountSid}"_s},
                    {Family::SignalWire, u"/2010-04-01/Accounts/{AccountSid}"_s},
                    {Family::SignalWire, u"/api/laml/2010-04-01/Accounts/{AccountSid}"_s}};
    for (const auto &p : prefixes) {
        const QString base = p.prefix + u"/AvailablePhoneNumbers"_s;
        router.add(p.scope, u"GET"_s, base + u".json"_s,
                   [this](const HttpCall &call) { return countries(call); });
        router.add(p.scope, u"GET"_s, base + u"/{CountryCode}.json"_s,
                   [this](const HttpCall &call) { return country(call); });
        for (const SearchPath &s : searchPaths) {
            const QString type = s.type;
            router.add(p.scope, u"GET"_s, base + u"/{CountryCode}/"_s + s.segment + u".json"_s,
                       [this, type](const HttpCall &call) { return search(call, type); });
        }
    }
}

namespace {

QJsonObject countryJson(const HttpCall &call, const Country &c)
{
    const QString base = call.accountPrefix + u"/AvailablePhoneNumbers/"_s + c.code;
    QJsonObject subresources;
    for (const SearchPath &s : searchPaths)
        subresources.insert(s.subresource, QString(base + u"/"_s + s.segment + u".json"_s));
    return {{u"country_code"_s, c.code},
            {u"country"_s, c.name},
            {u"uri"_s, QString(base + u".json"_s)},
            {u"beta"_s, false},
            {u"subresource_uris"_s, subresources}};
}

} // namespace

HttpReply AvailableNumbersApi::countries(const HttpCall &call)
{
    HttpReply error;
    const std::optional<Paging> paging = readPaging(call, 50, &error);
    if (!paging)
        return error;
    QJsonArray list;
    if (paging->page == 0) {
        for (const Country &c : stockedCountries) {
            if (list.size() < paging->pageSize)
                list.append(countryJson(call, c));
        }
    }
    QJsonObject body{{u"countries"_s, list}};
    addSinglePageFields(&body, call.path, filterItems(call), paging->pageSize, paging->page,
                        int(list.size()));
    return HttpReply::json(body);
}

HttpReply AvailableNumbersApi::country(const HttpCall &call)
{
    const Country *c = findCountry(call.param(u"CountryCode"_s).toUpper());
    if (!c) {
        return FamilyErrors::twilio(404, 20404, u"The requested resource %1 was not found"_s.arg(
                                                    call.path));
    }
    return HttpReply::json(countryJson(call, *c));
}

HttpReply AvailableNumbersApi::search(const HttpCall &call, const QString &type)
{
    const Country *c = findCountry(call.param(u"CountryCode"_s).toUpper());
    if (!c) {
        return FamilyErrors::twilio(404, 20404, u"The requested resource %1 was not found"_s.arg(
                                                    call.path));
    }
    HttpReply error;
    const std::optional<Paging> paging =
        readPaging(call, NumberInventory::MaxSearchResults, &error);
    if (!paging)
        return error;

    InventorySearch s;
    s.isoCountry = c->code;
    s.type = type;
    s.limit = std::min(paging->pageSize, int(NumberInventory::MaxSearchResults));

    if (call.query.hasQueryItem(u"AreaCode"_s)) {
        const QString areaCode = call.queryValue(u"AreaCode"_s);
        const Validation::FieldCheck check =
            Validation::checkAreaCode(areaCode, Validation::ReasonLanguage::English);
        if (!check.isOk())
            return invalid(Validation::TwilioInvalidAreaCode,
                           u"AreaCode is not valid: %1"_s.arg(check.reason));
        s.areaCode = areaCode.toInt();
    }

    if (call.query.hasQueryItem(u"Contains"_s)) {
        const QString contains = call.queryValue(u"Contains"_s);
        const bool anchored = contains.startsWith(u'+');
        QString pattern = anchored ? u"+"_s : QString();
        for (qsizetype i = anchored ? 1 : 0; i < contains.size(); ++i) {
            const QChar ch = contains.at(i);
            if (ch.isDigit() && ch.unicode() < 128) {
                pattern += ch;
            } else if (ch == u'*') {
                pattern += ch;
            } else if ((ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z')) {
                pattern += keypadDigit(ch);
            } else {
                return invalid(Validation::TwilioInvalidParameter,
                               u"Contains is not valid: use digits, letters and * (any one"
                               u" digit), such as 415***1234 or STORM"_s);
            }
        }
        const qsizetype length = pattern.size() - (anchored ? 1 : 0);
        if (length < MinContains || length > MaxContains) {
            return invalid(Validation::TwilioInvalidParameter,
                           u"Contains is not valid: give %1 to %2 digits, letters or *"_s
                               .arg(MinContains).arg(MaxContains));
        }
        s.contains = pattern;
    }

    // Booleans, through the rule the create parameters use. Absent leaves *target empty.
    Validation::NumberParameter boolean;
    boolean.value = Validation::NumberValue::Boolean;
    const auto readFlag = [&](const QString &name, std::optional<bool> *target) {
        if (!call.query.hasQueryItem(name))
            return true;
        const QString value = call.queryValue(name);
        const Validation::FieldCheck check = Validation::checkNumberValue(
            boolean, value, Validation::NumberFamily::Twilio, Validation::ReasonLanguage::English);
        if (!check.isOk() || value.isEmpty())
            return false;
        *target = value.compare(u"true", Qt::CaseInsensitive) == 0;
        return true;
    };
    struct Flag
    {
        QString name;
        std::optional<bool> *target;
    };
    std::optional<bool> excludeAll, excludeLocal, excludeForeign, beta;
    const Flag flags[] = {{u"SmsEnabled"_s, &s.sms},
                          {u"MmsEnabled"_s, &s.mms},
                          {u"VoiceEnabled"_s, &s.voice},
                          {u"FaxEnabled"_s, &s.fax},
                          {u"ExcludeAllAddressRequired"_s, &excludeAll},
                          {u"ExcludeLocalAddressRequired"_s, &excludeLocal},
                          {u"ExcludeForeignAddressRequired"_s, &excludeForeign},
                          {u"Beta"_s, &beta}};
    for (const Flag &f : flags) {
        if (!readFlag(f.name, f.target)) {
            return invalid(Validation::TwilioInvalidParameter,
                           u"%1 is not valid: use true or false"_s.arg(f.name));
        }
    }
    s.excludeAllAddressRequired = excludeAll.value_or(false);
    s.excludeLocalAddressRequired = excludeLocal.value_or(false);
    s.excludeForeignAddressRequired = excludeForeign.value_or(false);
    s.includeBeta = beta.value_or(true);

    s.region = call.queryValue(u"InRegion"_s);
    s.postalCode = call.queryValue(u"InPostalCode"_s);
    s.locality = call.queryValue(u"InLocality"_s);
    s.rateCenter = call.queryValue(u"InRateCenter"_s);
    s.lata = call.queryValue(u"InLata"_s);

    if (call.query.hasQueryItem(u"Distance"_s)) {
        bool ok = false;
        s.distanceMiles = call.queryValue(u"Distance"_s).toInt(&ok);
        if (!ok || s.distanceMiles < 0 || s.distanceMiles > NumberInventory::MaxDistanceMiles) {
            return invalid(Validation::TwilioInvalidParameter,
                           u"Distance is not valid: give whole miles from 0 to %1"_s.arg(
                               NumberInventory::MaxDistanceMiles));
        }
    }
    bool nowhere = false; // a NearNumber whose place is unknown: nothing is near it
    if (call.query.hasQueryItem(u"NearNumber"_s)) {
        const QString near = call.queryValue(u"NearNumber"_s);
        const Validation::FieldCheck check =
            Validation::checkE164(near, Validation::ReasonLanguage::English);
        if (!check.isOk()) {
            return invalid(Validation::TwilioInvalidPhoneNumber,
                           u"NearNumber is not valid: %1"_s.arg(check.reason));
        }
        if (const auto location = m_inventory.locationOf(near)) {
            s.nearLatitude = location->first;
            s.nearLongitude = location->second;
        } else {
            nowhere = true;
        }
    }
    if (call.query.hasQueryItem(u"NearLatLong"_s)) {
        const QStringList parts = call.queryValue(u"NearLatLong"_s).split(u',');
        bool latOk = false, lonOk = false;
        const double lat = parts.value(0).trimmed().toDouble(&latOk);
        const double lon = parts.value(1).trimmed().toDouble(&lonOk);
        if (parts.size() != 2 || !latOk || !lonOk || lat < -90 || lat > 90 || lon < -180
            || lon > 180) {
            return invalid(Validation::TwilioInvalidParameter,
                           u"NearLatLong is not valid: give latitude,longitude such as"
                           u" 37.7749,-122.4194"_s);
        }
        s.nearLatitude = lat;
        s.nearLongitude = lon;
        nowhere = false;
    }

    QJsonArray list;
    if (paging->page == 0 && !nowhere) {
        const QList<InventoryNumber> found = m_inventory.search(call.family, s);
        for (const InventoryNumber &a : found)
            list.append(toJson(a));
    }
    QJsonObject body{{u"available_phone_numbers"_s, list}};
    addSinglePageFields(&body, call.path, filterItems(call), s.limit, paging->page,
                        int(list.size()));
    return HttpReply::json(body);
}
