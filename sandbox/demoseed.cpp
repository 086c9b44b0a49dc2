#include "demoseed.h"

#include "broadcastapi.h"
#include "numbersapi.h"
#include "propertiesapi.h"
#include "sandboxdatabase.h"
#include "sandboxids.h"
#include "sandboxlog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

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

QString formatNanp(int area, int exchange, int line)
{
    return u"(%1) %2-%3"_s.arg(area).arg(exchange).arg(line, 4, 10, QChar(u'0'));
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

bool seedNumbers(const QSqlDatabase &db, Family family, int count, QRandomGenerator &rng,
                 const QList<Business> &owners, qint64 now, QString *error,
                 const std::atomic_bool *cancel)
{
    const bool sw = family == Family::SignalWire;
    auto sid = [&](QStringView prefix) {
        return sw ? SandboxIds::uuid(rng) : SandboxIds::twilioSid(rng, prefix);
    };
    QList<const Business *> nanpOwners;
    for (const Business &b : owners) {
        if (!b.city->areaCodes.isEmpty())
            nanpOwners.append(&b);
    }
    NumberWriter writer(db);
    QSet<qint64> used;
    used.reserve(count);
    for (int i = 0; i < count; ++i) {
        if ((i & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            *error = u"stopped before it finished"_s;
            return false;
        }
        const Business &owner = *nanpOwners.at(rng.bounded(int(nanpOwners.size())));
        const bool tollFree = rng.bounded(100) < 6;
        int area = 0, exchange = 0, line = 0;
        qint64 digits = 0;
        do {
            area = tollFree ? tollFreeCodes[rng.bounded(int(std::size(tollFreeCodes)))]
                            : owner.city->areaCodes.at(rng.bounded(int(owner.city->areaCodes.size())));
            exchange = 200 + rng.bounded(800);
            if (exchange % 100 == 11 || exchange == 555)
                exchange = 234; // no N11 or 555 exchanges
            line = rng.bounded(10000);
            digits = qint64(area) * 10000000 + exchange * 10000 + line;
        } while (used.contains(digits));
        used.insert(digits);

        NumberRecord r;
        r.family = family;
        r.sid = sid(u"PN");
        r.phoneNumber = u"+1"_s + QString::number(digits);
        r.type = tollFree ? u"toll-free"_s : u"local"_s;
        r.friendlyName = rng.bounded(100) < 45
                             ? formatNanp(area, exchange, line)
                             : owner.name + u" \u2013 "_s
                                   + QString::fromUtf16(lineRoles[rng.bounded(int(std::size(lineRoles)))]);
        r.origin = sw ? (rng.bounded(100) < 5 ? u"hosted"_s : u"signalwire"_s)
                      : (rng.bounded(100) < 3 ? u"hosted"_s : u"twilio"_s);
        r.beta = false;

        // Voice: mostly the business's HTTPS webhook; some plain http, some none, some
        // handled by an application or a SIP trunk.
        const int voice = rng.bounded(100);
        if (voice < 68)
            r.voiceUrl = u"https://hooks."_s + owner.domain + u"/voice/inbound"_s;
        else if (voice < 78)
            r.voiceUrl = u"http://"_s + owner.domain + u"/ivr/answer.php"_s;
        else if (voice < 88)
            r.voiceUrl.clear();
        else if (voice < 95)
            r.voiceApplicationSid = sid(u"AP");
        else
            r.trunkSid = sid(u"TK");
        if (!r.voiceUrl.isEmpty() && rng.bounded(100) < 40)
            r.voiceFallbackUrl = u"https://fallback."_s + owner.domain + u"/voice"_s;
        r.voiceMethod = rng.bounded(100) < 85 ? u"POST"_s : u"GET"_s;
        r.voiceCallerIdLookup = rng.bounded(100) < 20;
        r.voiceReceiveMode = rng.bounded(100) < 3 ? u"fax"_s : u"voice"_s;

        const int sms = rng.bounded(100);
        if (sms < 60)
            r.smsUrl = u"https://hooks."_s + owner.domain + u"/sms/inbound"_s;
        else if (sms < 68)
            r.smsUrl = u"http://"_s + owner.domain + u"/sms.php"_s;
        else if (sms < 72)
            r.smsApplicationSid = sid(u"AP");
        if (rng.bounded(100) < 30)
            r.statusCallback = u"https://hooks."_s + owner.domain + u"/status"_s;

        if (!tollFree && rng.bounded(100) < 45) {
            r.emergencyStatus = u"Active"_s;
            r.emergencyAddressSid = sid(u"AD");
            r.emergencyAddressStatus = u"registered"_s;
        }
        if (rng.bounded(100) < 10) {
            r.addressRequirements = u"any"_s;
            r.addressSid = r.emergencyAddressSid.isEmpty() ? sid(u"AD") : r.emergencyAddressSid;
        }
        r.capVoice = true;
        r.capSms = true;
        r.capMms = !tollFree || rng.bounded(2) == 0;
        r.capFax = rng.bounded(100) < 5;

        r.dateCreated = now - qint64(rng.bounded(4 * 365 * 24)) * 3600 - rng.bounded(3600);
        r.dateUpdated = r.dateCreated + qint64(rng.bounded(int((now - r.dateCreated) / 60) + 1)) * 60;
        if (!writer.write(&r, error))
            return false;
    }
    return true;
}

bool seedBroadcastNumbers(const QSqlDatabase &db, QRandomGenerator &rng, qint64 now,
                          QString *error)
{
    const QString verifications[] = {u"tfv_"_s + SandboxIds::hex(rng, 24),
                                     u"tfv_"_s + SandboxIds::hex(rng, 24)};
    const struct
    {
        const char16_t *number;
        int verification; // -1: local
    } numbers[] = {
        {u"+12065550143", -1}, {u"+14155550178", -1}, {u"+13125550121", -1},
        {u"+16175550190", -1}, {u"+15125550164", -1}, {u"+13035550117", -1},
        {u"+14045550152", -1}, {u"+12125550186", -1}, {u"+18335550101", 0},
        {u"+18445550102", 0},  {u"+18555550103", 1},  {u"+18885550104", 1},
    };
    qint64 when = now - 400 * 24 * 3600;
    for (const auto &n : numbers) {
        BroadcastNumberRecord r;
        r.id = u"pn_"_s + SandboxIds::hex(rng, 24);
        r.phoneNumber = QString::fromUtf16(n.number);
        r.type = n.verification < 0 ? u"local"_s : u"toll-free"_s;
        if (n.verification >= 0)
            r.tollFreeVerificationId = verifications[n.verification];
        when += rng.bounded(30 * 24 * 3600);
        r.createdAt = when;
        if (!BroadcastApi::insertNumber(db, &r, error))
            return false;
    }
    return true;
}

} // namespace

bool run(SandboxDatabase &database, int numbersPerAccount, QString *error,
         const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QRandomGenerator rng(0x5b0a7dU); // the same demo on every machine
    const QList<Business> owners = businesses(rng, PropertyCount);

    {
        // A large page cache keeps the random-order sid index in memory while it grows.
        QSqlQuery pragma(database.db());
        pragma.exec(u"PRAGMA cache_size = -65536"_s);
    }
    if (!database.transaction()) {
        *error = u"Cannot start a transaction"_s;
        return false;
    }
    QRandomGenerator twilioRng(0x7111U);
    QRandomGenerator signalwireRng(0x5161U);
    QString why;
    const bool ok = seedProperties(database.db(), rng, owners, now, &why)
                    && seedNumbers(database.db(), Family::Twilio, numbersPerAccount, twilioRng,
                                   owners, now, &why, cancel)
                    && seedNumbers(database.db(), Family::SignalWire, numbersPerAccount,
                                   signalwireRng, owners, now, &why, cancel)
                    && seedBroadcastNumbers(database.db(), rng, now, &why)
                    && database.setMeta(u"seed"_s, u"demo"_s);
    if (!ok || !database.commit()) {
        database.rollback();
        *error = u"Cannot write the demo data: %1"_s.arg(why);
        return false;
    }
    qCInfo(lcSandbox, "Seeded demo data: %d properties, %d numbers per account in %lld ms",
           int(owners.size()), numbersPerAccount, timer.elapsed());
    return true;
}

} // namespace DemoSeed
