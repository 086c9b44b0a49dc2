#include "demoseed.h"

#include "broadcastapi.h"
#include "numberinventory.h"
#include "numbersapi.h"
#include "propertiesapi.h"
#include "sandboxdatabase.h"
#include "sandboxids.h"
#include "sandboxlog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace DemoSeed {

namespace {

struct City
{
    const char16_t *name;
    const char16_t *windowsTimeZone;
    const char16_t *tld;
    QList<int> areaCodes; // empty outside the North American numbering plan
};

const QList<City> &cities()
{
    static const QList<City> list = {
        {u"Seattle", u"Pacific Standard Time", u".com", {206, 253, 425}},
        {u"San Francisco", u"Pacific Standard Time", u".com", {415, 628, 510}},
        {u"Los Angeles", u"Pacific Standard Time", u".com", {213, 310, 323, 818}},
        {u"Portland", u"Pacific Standard Time", u".co", {503, 971}},
        {u"San Diego", u"Pacific Standard Time", u".com", {619, 858}},
        {u"Denver", u"Mountain Standard Time", u".com", {303, 720}},
        {u"Salt Lake City", u"Mountain Standard Time", u".net", {801, 385}},
        {u"Phoenix", u"US Mountain Standard Time", u".com", {480, 602, 623}},
        {u"Austin", u"Central Standard Time", u".co", {512, 737}},
        {u"Dallas", u"Central Standard Time", u".com", {214, 469, 972}},
        {u"Chicago", u"Central Standard Time", u".com", {312, 773, 872}},
        {u"Minneapolis", u"Central Standard Time", u".com", {612, 651}},
        {u"Nashville", u"Central Standard Time", u".com", {615, 629}},
        {u"New York", u"Eastern Standard Time", u".com", {212, 646, 917, 718}},
        {u"Boston", u"Eastern Standard Time", u".com", {617, 857}},
        {u"Philadelphia", u"Eastern Standard Time", u".com", {215, 267}},
        {u"Atlanta", u"Eastern Standard Time", u".com", {404, 470, 678}},
        {u"Miami", u"Eastern Standard Time", u".com", {305, 786}},
        {u"Raleigh", u"Eastern Standard Time", u".net", {919, 984}},
        {u"Toronto", u"Eastern Standard Time", u".ca", {416, 647}},
        {u"Vancouver", u"Pacific Standard Time", u".ca", {604, 778}},
        {u"Halifax", u"Atlantic Standard Time", u".ca", {902, 782}},
        {u"Anchorage", u"Alaskan Standard Time", u".com", {907}},
        {u"Honolulu", u"Hawaiian Standard Time", u".com", {808}},
        {u"London", u"GMT Standard Time", u".co.uk", {}},
        {u"Berlin", u"W. Europe Standard Time", u".de", {}},
        {u"Sydney", u"AUS Eastern Standard Time", u".com.au", {}},
        {u"Singapore", u"Singapore Standard Time", u".sg", {}},
    };
    return list;
}

const char16_t *const brandWords[] = {
    u"Harborview", u"Bluebird", u"Cedar Ridge", u"Summit", u"Maple Street", u"Lakeside",
    u"Ironwood", u"Golden Gate", u"Riverbend", u"Northstar", u"Pinecrest", u"Brightwater",
    u"Redwood", u"Silver Creek", u"Oakmont", u"Sunrise", u"Willow Park", u"Granite",
    u"Coastal", u"Evergreen", u"Highland", u"Meridian", u"Prairie", u"Juniper",
    u"Stonebridge", u"Westfield", u"Crescent", u"Bayside", u"Foxglove", u"Copperleaf",
    u"Sagebrush", u"Hudson", u"Beacon", u"Magnolia", u"Alder", u"Clearwater", u"Fairview",
    u"Kestrel", u"Linden", u"Orchard",
};

struct Kind
{
    const char16_t *name; // "Family Medicine"
    const char16_t *slug; // "familymed", for the domain
};
const Kind kinds[] = {
    {u"Dental", u"dental"}, {u"Family Medicine", u"familymed"},
    {u"Veterinary Clinic", u"vet"}, {u"Realty", u"realty"}, {u"Plumbing", u"plumbing"},
    {u"Auto Repair", u"auto"}, {u"Law Group", u"law"}, {u"Fitness", u"fitness"},
    {u"Roofing", u"roofing"}, {u"Pediatrics", u"pediatrics"}, {u"Insurance", u"insurance"},
    {u"Coffee Roasters", u"coffee"}, {u"Bakery", u"bakery"},
    {u"Property Management", u"properties"}, {u"Heating & Air", u"hvac"},
    {u"Physical Therapy", u"pt"}, {u"Landscaping", u"landscaping"},
    {u"Credit Union", u"cu"}, {u"Movers", u"movers"}, {u"Eye Care", u"eyecare"},
    {u"Animal Hospital", u"animalhospital"}, {u"Home Health", u"homehealth"},
    {u"Electric", u"electric"}, {u"Wealth Advisors", u"wealth"}, {u"Pet Grooming", u"grooming"},
    {u"Dermatology", u"derm"}, {u"Chiropractic", u"chiro"}, {u"Tutoring", u"tutoring"},
    {u"Catering", u"catering"}, {u"Self Storage", u"storage"},
};

struct Purpose
{
    const char16_t *label;     // appended to the property name; empty for the main one
    const char16_t *subdomain; // prepended to the domain
};
const Purpose purposes[] = {
    {u"", u""}, {u"", u""}, {u"", u""}, {u"Appointments", u"book."},
    {u"Support Line", u"support."}, {u"Marketing", u"go."}, {u"After Hours", u"afterhours."},
    {u"Billing", u"billing."}, {u"Reminders", u"notify."}, {u"Sales", u"sales."},
};

const char16_t *const lineRoles[] = {
    u"Main line", u"Front desk", u"After hours", u"Text line", u"Billing", u"Sales",
    u"Support", u"Spring campaign", u"Google Ads", u"Yard signs", u"Reminders", u"Fax",
};

const int tollFreeCodes[] = {800, 833, 844, 855, 866, 877, 888};

struct Business
{
    QString name;   // "Harborview Dental"
    QString domain; // "harborviewdental.com"
    const City *city;
};

QString slug(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The businesses behind the properties, in a fixed order.
QList<Business> businesses(QRandomGenerator &rng, int count)
{
    QList<Business> list;
    QSet<QString> taken;
    const int brandCount = int(std::size(brandWords));
    const int kindCount = int(std::size(kinds));
    const QList<City> &allCities = cities();
    while (list.size() < count && taken.size() < brandCount * kindCount) {
        const QStringView brand = brandWords[rng.bounded(brandCount)];
        const Kind &kind = kinds[rng.bounded(kindCount)];
        const QString name = brand.toString() + u" "_s + QString::fromUtf16(kind.name);
        if (taken.contains(name))
            continue;
        taken.insert(name);
        // Most businesses are in North America, where the numbers are.
        const int cityIndex = rng.bounded(100) < 88 ? rng.bounded(int(allCities.size()) - 4)
                                                    : int(allCities.size()) - 4 + rng.bounded(4);
        const City *city = &allCities.at(cityIndex);
        QString tld = QString::fromUtf16(city->tld);
        if (tld == u".com" && rng.bounded(10) == 0)
            tld = u".co"_s;
        list.append({name, slug(brand) + QString::fromUtf16(kind.slug) + tld, city});
    }
    return list;
}

// "(415) 555-0100", written out by hand: it is made 200,000 times.
QString formatNanp(int area, int exchange, int line)
{
    QString text(14, Qt::Uninitialized);
    QChar *c = text.data();
    const auto digits = [&c](int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            c[i] = QChar(u'0' + value % 10);
        c += count;
    };
    *c++ = u'(';
    digits(area, 3);
    *c++ = u')';
    *c++ = u' ';
    digits(exchange, 3);
    *c++ = u'-';
    digits(line, 4);
    return text;
}

// The country of a business outside North America whose numbers the demo has.
const char16_t *foreignCountry(const City &city)
{
    const QStringView name(city.name);
    return name == u"London" ? u"GB" : name == u"Berlin" ? u"DE" : name == u"Sydney" ? u"AU" : nullptr;
}

// A business's webhooks and line names, made once rather than for each of its numbers.
struct OwnerText
{
    const Business *business = nullptr;
    QString voice, voicePlain, fallback, sms, smsPlain, status;
    QList<QString> lineNames; // one per lineRoles
    QList<const ForeignBlock *> blocks; // outside North America: its city's and country's
};

OwnerText ownerText(const Business &b)
{
    OwnerText t;
    t.business = &b;
    t.voice = u"https://hooks."_s + b.domain + u"/voice/inbound"_s;
    t.voicePlain = u"http://"_s + b.domain + u"/ivr/answer.php"_s;
    t.fallback = u"https://fallback."_s + b.domain + u"/voice"_s;
    t.sms = u"https://hooks."_s + b.domain + u"/sms/inbound"_s;
    t.smsPlain = u"http://"_s + b.domain + u"/sms.php"_s;
    t.status = u"https://hooks."_s + b.domain + u"/status"_s;
    for (const char16_t *role : lineRoles)
        t.lineNames.append(b.name + u" \u2013 "_s + QString::fromUtf16(role));
    if (const char16_t *country = foreignCountry(*b.city)) {
        for (const ForeignBlock &block : NumberInventory::foreignBlocks()) {
            if (QStringView(block.country) == QStringView(country)
                && (!block.locality || QStringView(block.locality) == QStringView(b.city->name)))
                t.blocks.append(&block);
        }
    }
    return t;
}

bool seedProperties(const QSqlDatabase &db, QRandomGenerator &rng,
                    const QList<Business> &owners, qint64 now, QString *error)
{
    // Creation dates spread over the last three years, in list order.
    QList<qint64> created;
    for (int i = 0; i < owners.size(); ++i)
        created.append(now - qint64(rng.bounded(3 * 365 * 24)) * 3600 - rng.bounded(3600));
    std::sort(created.begin(), created.end());

    for (int i = 0; i < owners.size(); ++i) {
        const Business &b = owners.at(i);
        const Purpose &purpose = purposes[rng.bounded(int(std::size(purposes)))];
        PropertyRecord p;
        p.sid = SandboxIds::propertySid(rng);
        p.name = b.name;
        if (*purpose.label)
            p.name += u" \u2013 "_s + QString::fromUtf16(purpose.label);
        p.mainDomain = QString::fromUtf16(purpose.subdomain) + b.domain;
        p.timeZone = QString::fromUtf16(b.city->windowsTimeZone);
        p.smsEnabled = rng.bounded(100) < 60;
        p.callRecordingEnabled = rng.bounded(100) < 35;
        p.integrationsEnabled = rng.bounded(100) < 25;
        p.active = rng.bounded(100) < 90;
        p.createdAt = created.at(i);
        if (!PropertiesApi::insert(db, &p, error))
            return false;
    }
    return true;
}

// `account` as NumberRecord::account; `used` holds the numbers (their digits) any account
// has already, so no two accounts own the same number. Nineteen in twenty belong to North
// American businesses, the others to those in London, Berlin and Sydney.
bool seedNumbers(SandboxDatabase &database, Family family, const QString &account, int count,
                 QRandomGenerator &rng, const QList<OwnerText> &owners, qint64 now,
                 QSet<qint64> &used, QString *error, const std::atomic_bool *cancel)
{
    const bool sw = family == Family::SignalWire;
    auto sid = [&](QStringView prefix) {
        return sw ? SandboxIds::uuid(rng) : SandboxIds::twilioSid(rng, prefix);
    };
    QList<const OwnerText *> nanpOwners, foreignOwners;
    for (const OwnerText &t : owners) {
        if (!t.business->city->areaCodes.isEmpty())
            nanpOwners.append(&t);
        else if (!t.blocks.isEmpty())
            foreignOwners.append(&t);
    }
    const QString origin = sw ? u"signalwire"_s : u"twilio"_s;
    NumberWriter writer(database);
    used.reserve(used.size() + count);
    for (int i = 0; i < count; ++i) {
        if ((i & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            *error = u"stopped before it finished"_s;
            return false;
        }
        const bool foreign = !foreignOwners.isEmpty() && rng.bounded(100) < 5;
        const OwnerText &owner = foreign
                                     ? *foreignOwners.at(rng.bounded(int(foreignOwners.size())))
                                     : *nanpOwners.at(rng.bounded(int(nanpOwners.size())));
        const City &city = *owner.business->city;
        const bool tollFree = !foreign && rng.bounded(100) < 6;
        const ForeignBlock *block =
            foreign ? owner.blocks.at(rng.bounded(int(owner.blocks.size()))) : nullptr;

        NumberRecord r;
        r.family = family;
        r.account = account;
        r.sid = sid(u"PN");
        QString defaultName;
        if (block) {
            do {
                r.phoneNumber = NumberInventory::foreignNumber(*block, rng);
            } while (used.contains(r.phoneNumber.mid(1).toLongLong()));
            used.insert(r.phoneNumber.mid(1).toLongLong());
            r.type = QString::fromUtf16(block->type);
            defaultName = r.phoneNumber; // Twilio's default name outside North America
        } else {
            int area = 0, exchange = 0, line = 0;
            qint64 digits = 0;
            do {
                area = tollFree ? tollFreeCodes[rng.bounded(int(std::size(tollFreeCodes)))]
                                : city.areaCodes.at(rng.bounded(int(city.areaCodes.size())));
                exchange = 200 + rng.bounded(800);
                if (exchange % 100 == 11 || exchange == 555)
                    exchange = 234; // no N11 or 555 exchanges
                line = rng.bounded(10000);
                digits = qint64(area) * 10000000 + exchange * 10000 + line;
            } while (used.contains(digits));
            used.insert(digits);
            r.phoneNumber = u"+1"_s + QString::number(digits);
            r.type = tollFree ? u"toll-free"_s : u"local"_s;
            defaultName = formatNanp(area, exchange, line);
        }
        r.friendlyName = rng.bounded(100) < 45
                             ? defaultName
                             : owner.lineNames.at(rng.bounded(int(owner.lineNames.size())));
        r.origin = rng.bounded(100) < (sw ? 5 : 3) ? u"hosted"_s : origin;
        r.beta = false;

        // Voice: mostly the business's HTTPS webhook; some plain http, some none, some
        // handled by an application or a SIP trunk. A fallback is sometimes the primary
        // URL again, which helps nothing when that one fails.
        const int voice = rng.bounded(100);
        if (voice < 68)
            r.voiceUrl = owner.voice;
        else if (voice < 78)
            r.voiceUrl = owner.voicePlain;
        else if (voice < 88)
            r.voiceUrl.clear();
        else if (voice < 95)
            r.voiceApplicationSid = sid(u"AP");
        else
            r.trunkSid = sid(u"TK");
        if (!r.voiceUrl.isEmpty()) {
            const int fallback = rng.bounded(100);
            if (fallback < 5)
                r.voiceFallbackUrl = r.voiceUrl;
            else if (fallback < 45)
                r.voiceFallbackUrl = owner.fallback;
        }
        r.voiceMethod = rng.bounded(100) < 85 ? u"POST"_s : u"GET"_s;
        r.voiceCallerIdLookup = rng.bounded(100) < 20;
        r.voiceReceiveMode = rng.bounded(100) < 3 ? u"fax"_s : u"voice"_s;

        const int sms = rng.bounded(100);
        if (sms < 60)
            r.smsUrl = owner.sms;
        else if (sms < 68)
            r.smsUrl = owner.smsPlain;
        else if (sms < 72)
            r.smsApplicationSid = sid(u"AP");
        // A status callback without a method (null on the wire), as a number configured
        // through an old integration can be.
        if (rng.bounded(100) < 30) {
            r.statusCallback = owner.status;
            if (rng.bounded(100) < 13)
                r.statusCallbackMethod.clear();
        }

        if (!tollFree && !block && rng.bounded(100) < 45) {
            r.emergencyStatus = u"Active"_s;
            r.emergencyAddressSid = sid(u"AD");
            r.emergencyAddressStatus = u"registered"_s;
        }
        if (block)
            r.addressRequirements = QString::fromUtf16(block->addressRequirements);
        else if (rng.bounded(100) < 10)
            r.addressRequirements = u"any"_s;
        if (r.addressRequirements != u"none")
            r.addressSid = r.emergencyAddressSid.isEmpty() ? sid(u"AD") : r.emergencyAddressSid;
        r.capVoice = true;
        r.capSms = block ? block->sms : true;
        r.capMms = block ? block->mms : !tollFree || rng.bounded(2) == 0;
        r.capFax = !block && rng.bounded(100) < 5;

        r.dateCreated = now - qint64(rng.bounded(4 * 365 * 24)) * 3600 - rng.bounded(3600);
        r.dateUpdated = r.dateCreated + qint64(rng.bounded(int((now - r.dateCreated) / 60) + 1)) * 60;
        if (!writer.write(&r, error))
            return false;
    }
    return true;
}

// --- Broadcast -----------------------------------------------------------------------------
// Two organisations: a dental-and-medical group's marketing agency (the primary key's) with
// five brands, two toll-free verifications and 3,000 sending numbers, and a small coffee
// roaster (the other key's). Everything is drawn from the generator given, in a fixed order.

struct BroadcastSeed
{
    const QSqlDatabase &db;
    QRandomGenerator &rng;
    qint64 now;
    QString *error;
    QSet<qint64> usedNumbers; // ten digits, across both organisations

    QString id(QStringView prefix) { return prefix.toString() + SandboxIds::hex(rng, 24); }
    qint64 daysAgo(int from, int to) // a moment between `from` and `to` days ago
    {
        return now - qint64(to) * 86400 - rng.bounded(int(from - to) * 86400);
    }

    bool insert(const QString &table, const QStringList &columns, const QVariantList &values)
    {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            table, columns.join(u", "_s),
            QStringList(columns.size(), u"?"_s).join(u", "_s)));
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (query.exec())
            return true;
        *error = describeSqlError(query);
        return false;
    }

    QString brand(const QString &org, const QString &name, const char *entityType,
                  const char *vertical, const char *status)
    {
        const QString brandId = id(u"brd_");
        return insert(u"broadcast_brands"_s,
                      {u"id"_s, u"org"_s, u"name"_s, u"entity_type"_s, u"vertical"_s,
                       u"status"_s, u"created_at"_s},
                      {brandId, org, name, QString::fromLatin1(entityType),
                       QString::fromLatin1(vertical), QString::fromLatin1(status),
                       daysAgo(900, 400)})
                   ? brandId
                   : QString();
    }
    QString campaign(const QString &org, const QString &brandId, const QString &name,
                     const char *useCase, const char *status)
    {
        const QString campaignId = id(u"cmp_");
        return insert(u"broadcast_campaigns"_s,
                      {u"id"_s, u"org"_s, u"brand_id"_s, u"name"_s, u"use_case"_s, u"status"_s,
                       u"created_at"_s},
                      {campaignId, org, brandId, name, QString::fromLatin1(useCase),
                       QString::fromLatin1(status), daysAgo(400, 120)})
                   ? campaignId
                   : QString();
    }
    QString verification(const QString &org, const QString &name, const QString &business)
    {
        const QString verificationId = id(u"tfv_");
        return insert(u"broadcast_toll_free_verifications"_s,
                      {u"id"_s, u"org"_s, u"name"_s, u"business_name"_s, u"status"_s,
                       u"created_at"_s},
                      {verificationId, org, name, business, u"verified"_s, daysAgo(500, 300)})
                   ? verificationId
                   : QString();
    }
    QString domain(const QString &org, const char *host)
    {
        const QString domainId = id(u"ltd_");
        return insert(u"broadcast_link_tracking_domains"_s,
                      {u"id"_s, u"org"_s, u"domain"_s, u"created_at"_s},
                      {domainId, org, QString::fromLatin1(host), daysAgo(600, 200)})
                   ? domainId
                   : QString();
    }
    bool contactFields(const QString &org, const QList<QPair<const char *, const char *>> &fields)
    {
        const qint64 created = daysAgo(900, 800);
        for (const auto &[name, label] : fields) {
            if (!insert(u"broadcast_contact_fields"_s,
                        {u"id"_s, u"org"_s, u"name"_s, u"label"_s, u"created_at"_s},
                        {id(u"cf_"), org, QString::fromLatin1(name), QString::fromLatin1(label),
                         created}))
                return false;
        }
        return true;
    }

    // `count` numbers of `org`, in creation order over the last two years: local ones in
    // `areaCodes`, and tollFree[i] toll-free ones of verification i.
    bool numbers(const QString &org, int localCount, const QList<int> &areaCodes,
                 const QList<QPair<QString, int>> &tollFree, QList<BroadcastNumberRecord> *out)
    {
        QList<QString> kinds(localCount); // empty: local; else the verification
        for (const auto &[verificationId, n] : tollFree)
            kinds += QList<QString>(n, verificationId);
        for (qsizetype i = kinds.size() - 1; i > 0; --i) // Fisher-Yates, from our generator
            kinds.swapItemsAt(i, rng.bounded(int(i) + 1));
        QList<qint64> created;
        for (qsizetype i = 0; i < kinds.size(); ++i)
            created.append(daysAgo(730, 2));
        std::sort(created.begin(), created.end());

        QSqlQuery query(db);
        query.prepare(u"INSERT INTO broadcast_numbers (id, org, phone_number, type,"
                      u" toll_free_verification_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const bool isTollFree = !kinds.at(i).isEmpty();
            qint64 digits = 0;
            do {
                const int area = isTollFree
                                     ? tollFreeCodes[rng.bounded(int(std::size(tollFreeCodes)))]
                                     : areaCodes.at(rng.bounded(int(areaCodes.size())));
                int exchange = 200 + rng.bounded(800);
                if (exchange % 100 == 11 || exchange == 555)
                    exchange = 234; // no N11 or 555 exchanges
                digits = qint64(area) * 10000000 + exchange * 10000 + rng.bounded(10000);
            } while (usedNumbers.contains(digits));
            usedNumbers.insert(digits);

            BroadcastNumberRecord r;
            r.id = id(u"pn_");
            r.org = org;
            r.phoneNumber = u"+1"_s + QString::number(digits);
            r.type = isTollFree ? u"toll-free"_s : u"local"_s;
            r.tollFreeVerificationId = kinds.at(i);
            r.createdAt = created.at(i);
            // Bound by position: addBindValue() takes a third longer over 3,000 rows.
            query.bindValue(0, r.id);
            query.bindValue(1, org);
            query.bindValue(2, r.phoneNumber);
            query.bindValue(3, r.type);
            query.bindValue(4, isTollFree ? QVariant(r.tollFreeVerificationId) : QVariant());
            query.bindValue(5, r.createdAt);
            if (!query.exec()) {
                *error = describeSqlError(query);
                return false;
            }
            out->append(r);
        }
        return true;
    }

    // `count` distinct ids drawn from `pool`.
    QStringList pick(const QList<BroadcastNumberRecord> &pool, int count)
    {
        QStringList ids;
        QSet<qsizetype> taken;
        while (ids.size() < count && taken.size() < pool.size()) {
            const qsizetype i = rng.bounded(int(pool.size()));
            if (taken.contains(i))
                continue;
            taken.insert(i);
            ids << pool.at(i).id;
        }
        return ids;
    }

    bool project(BroadcastProjectRecord p, int recipients)
    {
        p.id = id(u"prj_");
        if (!BroadcastApi::insertProject(db, &p, error))
            return false;
        // Projects that have sent keep their recipients' numbers.
        for (int i = 0; i < recipients; ++i) {
            const QString recipient = u"+1%1%2"_s.arg(200 + rng.bounded(800)).arg(
                2000000 + rng.bounded(8000000));
            if (BroadcastApi::stickySender(db, p.id, recipient, rng, error).isEmpty())
                return false;
        }
        return true;
    }
};

QList<int> nanpAreaCodes()
{
    QList<int> codes;
    for (const City &city : cities())
        codes += city.areaCodes;
    return codes;
}

bool seedBroadcast(const QSqlDatabase &db, QRandomGenerator &rng, qint64 now, QString *error)
{
    BroadcastSeed s{db, rng, now, error, {}};
    const QString org = BroadcastApi::PrimaryOrg;
    const auto failed = [](const QString &id) { return id.isEmpty(); };

    const QString acme = s.brand(org, u"Acme Dental Group"_s, "private_profit", "healthcare", "verified");
    const QString harborview = s.brand(org, u"Harborview Family Medicine"_s, "private_profit",
                                       "healthcare", "verified");
    const QString bluebird = s.brand(org, u"Bluebird Veterinary Clinic"_s, "private_profit",
                                     "healthcare", "verified");
    const QString summit = s.brand(org, u"Summit Realty Partners"_s, "private_profit",
                                   "real_estate", "verified");
    // Registered last week: no campaign yet.
    const QString cedar = s.brand(org, u"Cedar Ridge Auto Repair"_s, "private_profit",
                                  "automotive", "pending");
    if (failed(acme) || failed(harborview) || failed(bluebird) || failed(summit) || failed(cedar))
        return false;
    const QString reminders = s.campaign(org, acme, u"Appointment reminders"_s, "account_notification", "active");
    const QString whitening = s.campaign(org, acme, u"Spring whitening offer"_s, "marketing", "active");
    const QString billing = s.campaign(org, acme, u"Billing notices"_s, "account_notification", "active");
    const QString outreach = s.campaign(org, harborview, u"Patient outreach"_s, "customer_care", "active");
    const QString fluShots = s.campaign(org, harborview, u"Flu shot clinics"_s, "marketing", "active");
    const QString vaccinations = s.campaign(org, bluebird, u"Vaccination reminders"_s, "account_notification", "active");
    const QString openHouses = s.campaign(org, summit, u"Open house alerts"_s, "marketing", "active");
    const QString listings = s.campaign(org, summit, u"New listing updates"_s, "mixed", "pending");
    for (const QString &c : {reminders, whitening, billing, outreach, fluShots, vaccinations,
                             openHouses, listings}) {
        if (failed(c))
            return false;
    }
    const QString acmeTollFree = s.verification(org, u"Acme Dental – patient notifications"_s,
                                                u"Acme Dental Group, Inc."_s);
    const QString harborviewTollFree = s.verification(
        org, u"Harborview – after-hours line"_s, u"Harborview Family Medicine, LLC"_s);
    const QString acmeLinks = s.domain(org, "go.acme-dental.com");
    const QString harborviewLinks = s.domain(org, "links.harborviewmed.com");
    const QString summitLinks = s.domain(org, "go.summitrealty.com");
    const QString bluebirdLinks = s.domain(org, "t.bluebirdvet.com");
    for (const QString &v : {acmeTollFree, harborviewTollFree, acmeLinks, harborviewLinks,
                             summitLinks, bluebirdLinks}) {
        if (failed(v))
            return false;
    }
    if (!s.contactFields(org, {{"first_name", "First name"}, {"last_name", "Last name"},
                               {"company", "Company"}, {"city", "City"}, {"zip", "ZIP code"},
                               {"appointment_date", "Appointment date"}}))
        return false;

    // 3,000 numbers: 2,850 local across the demo's North American area codes, 90 toll-free
    // of Acme's verification and 60 of Harborview's.
    QList<BroadcastNumberRecord> numbers;
    if (!s.numbers(org, 2850, nanpAreaCodes(), {{acmeTollFree, 90}, {harborviewTollFree, 60}},
                   &numbers))
        return false;
    QList<BroadcastNumberRecord> local, acmeNumbers, harborviewNumbers;
    for (const BroadcastNumberRecord &n : std::as_const(numbers)) {
        if (n.tollFreeVerificationId.isEmpty())
            local << n;
        else
            (n.tollFreeVerificationId == acmeTollFree ? acmeNumbers : harborviewNumbers) << n;
    }

    const auto tenDlc = [&](const QString &name, const QString &brandId, const QString &campaignId,
                            int count, int days) {
        BroadcastProjectRecord p;
        p.org = org;
        p.name = name;
        p.brandId = brandId;
        p.campaignId = campaignId;
        p.phoneNumberIds = s.pick(local, count);
        p.createdAt = s.daysAgo(days + 1, days);
        return p;
    };
    const auto tollFree = [&](const QString &name, const QString &verificationId,
                              const QList<BroadcastNumberRecord> &pool, int count, int days) {
        BroadcastProjectRecord p;
        p.org = org;
        p.name = name;
        p.channel = u"toll-free"_s;
        p.tollFreeVerificationId = verificationId;
        p.phoneNumberIds = s.pick(pool, count);
        p.createdAt = s.daysAgo(days + 1, days);
        return p;
    };
    BroadcastProjectRecord spring = tenDlc(u"Spring cleaning reminders"_s, acme, reminders, 12, 64);
    spring.status = u"completed"_s;
    spring.linkTrackingEnabled = true;
    spring.linkTrackingDestinationUrl = u"https://acme-dental.com/book?utm_source=sms"_s;
    spring.linkTrackingDomainId = acmeLinks;
    spring.linkTrackingParamField = u"phone"_s;
    BroadcastProjectRecord openHouse = tenDlc(u"Open house weekend"_s, summit, openHouses, 20, 30);
    openHouse.status = u"active"_s;
    openHouse.messageType = u"mms"_s;
    openHouse.linkTrackingEnabled = true;
    openHouse.linkTrackingDestinationUrl = u"https://summitrealty.com/open-houses"_s;
    openHouse.linkTrackingDomainId = summitLinks;
    openHouse.linkTrackingParamField = u"first_name"_s;
    BroadcastProjectRecord afterHours = tollFree(u"After-hours line notices"_s,
                                                 harborviewTollFree, harborviewNumbers, 6, 21);
    afterHours.status = u"active"_s;
    const BroadcastProjectRecord flu = tenDlc(u"Flu shot clinic – October"_s, harborview,
                                              fluShots, 8, 9);
    const BroadcastProjectRecord patients = tollFree(u"Patient notifications"_s, acmeTollFree,
                                                     acmeNumbers, 49, 2);
    if (!s.project(spring, 40) || !s.project(openHouse, 25) || !s.project(afterHours, 15)
        || !s.project(flu, 0) || !s.project(patients, 0))
        return false;

    // The other organisation: a small, distinct set its key alone sees.
    const QString other = BroadcastApi::OtherOrg;
    const QString northstar = s.brand(other, u"Northstar Coffee Roasters"_s, "private_profit",
                                      "retail", "verified");
    const QString loyalty = failed(northstar)
                                ? QString()
                                : s.campaign(other, northstar, u"Loyalty rewards"_s, "marketing", "active");
    if (failed(loyalty) || failed(s.domain(other, "go.northstarcoffee.ca"))
        || !s.contactFields(other, {{"first_name", "First name"}, {"favourite_blend", "Favourite blend"}}))
        return false;
    QList<BroadcastNumberRecord> otherNumbers;
    if (!s.numbers(other, 20, {604, 778}, {}, &otherNumbers))
        return false;
    BroadcastProjectRecord holiday;
    holiday.org = other;
    holiday.name = u"Holiday blend launch"_s;
    holiday.brandId = northstar;
    holiday.campaignId = loyalty;
    holiday.phoneNumberIds = s.pick(otherNumbers, 5);
    holiday.createdAt = s.daysAgo(15, 14);
    return s.project(holiday, 0);
}

// Every account's numbers. Into an empty table the indexes are set aside and made again
// afterwards, one sort each: growing the SID and phone number indexes row by row in random
// order took most of the seed's time (the one by account, in row order, sorts fastest of all).
bool seedAllNumbers(SandboxDatabase &database, int numbersPerAccount, const QList<Business> &owners,
                    qint64 now, const QString &twilioSubaccountSid, QString *error,
                    const std::atomic_bool *cancel, qint64 *indexMs)
{
    QSqlQuery empty(database.db());
    const bool bulk = empty.exec(u"SELECT NOT EXISTS (SELECT 1 FROM numbers)"_s) && empty.next()
                      && empty.value(0).toBool();
    empty.finish();
    QStringList indexes;
    if (bulk
        && !database.dropIndexes({u"numbers_by_sid"_s, u"numbers_by_phone"_s, u"numbers_by_account"_s},
                                 &indexes, error))
        return false;

    QList<OwnerText> texts;
    for (const Business &b : owners)
        texts.append(ownerText(b));
    QRandomGenerator twilioRng(0x7111U);
    QRandomGenerator signalwireRng(0x5161U);
    QRandomGenerator subaccountRng(0x5ab1U);
    QSet<qint64> twilioUsed, signalwireUsed;
    const bool ok = seedNumbers(database, Family::Twilio, {}, numbersPerAccount, twilioRng, texts,
                                now, twilioUsed, error, cancel)
                    && (twilioSubaccountSid.isEmpty()
                        || seedNumbers(database, Family::Twilio, twilioSubaccountSid,
                                       std::min(numbersPerAccount, SubaccountNumbers),
                                       subaccountRng, texts, now, twilioUsed, error, cancel))
                    && seedNumbers(database, Family::SignalWire, {}, numbersPerAccount,
                                   signalwireRng, texts, now, signalwireUsed, error, cancel);
    if (!ok)
        return false;
    QElapsedTimer clock;
    clock.start();
    if (!database.run(indexes, error))
        return false;
    *indexMs = clock.elapsed();
    return true;
}

} // namespace

bool run(SandboxDatabase &database, int numbersPerAccount, QString *error,
         const std::atomic_bool *cancel, const QString &twilioSubaccountSid)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QRandomGenerator rng(0x5b0a7dU); // the same demo on every machine
    const QList<Business> owners = businesses(rng, PropertyCount);

    // A large page cache while the indexes are made, then the connection's own again: the
    // server keeps no 64 MB of pages it read once. One transaction writes the whole file: in
    // rollback-journal mode its new pages go straight into the database (pages past its end
    // need no journal), where WAL mode writes each twice, into the log and again at the
    // checkpoint. The folder is new and the file this connection's alone; WAL comes back
    // once the seed is in (and at every open).
#ifdef __GLIBC__
    // Last, once the page cache is back to its size: glibc keeps what the seed freed in the
    // process unless asked (at 1,000,000 numbers an account, some 60 MB never used again).
    const auto trim = qScopeGuard([] { malloc_trim(0); });
#endif
    QSqlQuery pragma(database.db());
    const QString cacheSize = pragma.exec(u"PRAGMA cache_size"_s) && pragma.next()
                                  ? pragma.value(0).toString()
                                  : u"-2000"_s;
    pragma.exec(u"PRAGMA cache_size = -65536"_s);
    pragma.exec(u"PRAGMA journal_mode = DELETE"_s);
    pragma.finish(); // a statement still stepping would lock the indexes against DROP INDEX
    const auto restore = qScopeGuard([&] {
        pragma.exec(u"PRAGMA journal_mode = WAL"_s);
        pragma.exec(u"PRAGMA cache_size = "_s + QString::number(cacheSize.toInt()));
        pragma.finish();
    });
    if (!database.transaction()) {
        *error = u"Cannot start a transaction"_s;
        return false;
    }
    QRandomGenerator broadcastRng(0xb40adU);
    qint64 numbersMs = 0, indexMs = 0, broadcastMs = 0;
    QString why;
    const bool ok = seedProperties(database.db(), rng, owners, now, &why)
                    && [&] {
                           QElapsedTimer clock;
                           clock.start();
                           const bool seeded =
                               seedAllNumbers(database, numbersPerAccount, owners, now,
                                              twilioSubaccountSid, &why, cancel, &indexMs);
                           numbersMs = clock.elapsed();
                           return seeded;
                       }()
                    && [&] {
                           QElapsedTimer clock;
                           clock.start();
                           const bool seeded = seedBroadcast(database.db(), broadcastRng, now, &why);
                           broadcastMs = clock.elapsed();
                           return seeded;
                       }()
                    && database.setMeta(u"seed"_s, u"demo"_s);
    if (!ok || !database.commit()) {
        database.rollback();
        *error = u"Cannot write the demo data: %1"_s.arg(why);
        return false;
    }
    qCInfo(lcSandbox,
           "Seeded demo data: %d properties, %d numbers per account (%lld ms, %lld ms of it the "
           "indexes), the broadcast organisations (%lld ms) in %lld ms",
           int(owners.size()), numbersPerAccount, numbersMs, indexMs, broadcastMs, timer.elapsed());
    return true;
}

} // namespace DemoSeed
