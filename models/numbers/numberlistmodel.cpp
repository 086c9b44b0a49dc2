#include "numberlistmodel.h"

#include "api/accountclient.h"
#include "validation/numberrules.h"
#include "validation/textrules.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// "https://hooks.example.com/voice" -> "hooks.example.com/voice": the table shows where a
// webhook goes, the detail pane the whole URL.
QString shortUrl(const QString &url)
{
    QString s = url;
    const qsizetype scheme = s.indexOf(u"://");
    if (scheme >= 0)
        s.remove(0, scheme + 3);
    return s;
}

// What answers calls or messages: a trunk, an application, a webhook, or nothing.
QString handler(const IncomingNumber &n, bool voice)
{
    if (voice && !n.value(u"TrunkSid"_s).isEmpty())
        return NumberListModel::tr("Trunk %1").arg(n.value(u"TrunkSid"_s));
    const QString app = n.value(voice ? u"VoiceApplicationSid"_s : u"SmsApplicationSid"_s);
    if (!app.isEmpty())
        return NumberListModel::tr("Application %1").arg(app);
    const QString url = n.value(voice ? u"VoiceUrl"_s : u"SmsUrl"_s);
    return url.isEmpty() ? QString() : shortUrl(url);
}
} // namespace

NumberListModel::NumberListModel(AccountClient *client, QObject *parent)
    : PagedListModel(client, NumbersClient(client).listEndpoint({}, DefaultPageSize), parent)
    , m_numbers(client)
{
}

NumberListModel::~NumberListModel() = default;

int NumberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NumberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList NumberListModel::problems(const IncomingNumber &n)
{
    QStringList list;
    if (n.voice && n.value(u"TrunkSid"_s).isEmpty() && n.value(u"VoiceApplicationSid"_s).isEmpty()) {
        const QString url = n.value(u"VoiceUrl"_s);
        if (url.isEmpty())
            list << tr("No voice webhook: calls to this number are not answered.");
        else if (Validation::isPlainHttpUrl(url))
            list << tr("The voice webhook is plain http: each call’s details (who calls, the keys pressed) reach it unencrypted.");
    }
    if (n.sms && n.value(u"SmsApplicationSid"_s).isEmpty()) {
        const QString url = n.value(u"SmsUrl"_s);
        if (url.isEmpty())
            list << tr("No SMS webhook: incoming messages go nowhere.");
        else if (Validation::isPlainHttpUrl(url))
            list << tr("The SMS webhook is plain http: incoming messages reach it unencrypted.");
    }
    return list;
}

QVariant NumberListModel::display(const IncomingNumber &n, int column) const
{
    switch (column) {
    case NumberColumn:
        return formatPhoneNumber(n.phoneNumber);
    case FriendlyNameColumn:
        return n.friendlyName();
    case CapabilitiesColumn: {
        QStringList caps;
        if (n.voice)
            caps << tr("Voice");
        if (n.sms)
            caps << tr("SMS");
        if (n.mms)
            caps << tr("MMS");
        if (n.fax)
            caps << tr("Fax");
        return caps.join(u" · "_s);
    }
    case VoiceColumn: {
        const QString h = handler(n, true);
        return h.isEmpty() ? (n.voice ? tr("Not set") : tr("—")) : h;
    }
    case SmsColumn: {
        const QString h = handler(n, false);
        return h.isEmpty() ? (n.sms ? tr("Not set") : tr("—")) : h;
    }
    case EmergencyColumn:
        return n.isEmergencyActive() ? tr("Active") : tr("Inactive");
    case CreatedColumn:
        return QLocale().toString(n.dateCreated.toLocalTime().date(), QLocale::ShortFormat);
    }
    return {};
}

QVariant NumberListModel::sortValue(const IncomingNumber &n, int column) const
{
    switch (column) {
    case NumberColumn:
        return n.phoneNumber;
    case FriendlyNameColumn:
        return n.friendlyName().toLower();
    case CapabilitiesColumn:
        return int(n.voice) * 8 + int(n.sms) * 4 + int(n.mms) * 2 + int(n.fax);
    case VoiceColumn:
    case SmsColumn:
        return display(n, column).toString().toLower();
    case EmergencyColumn:
        return n.isEmergencyActive() ? 1 : 0;
    case CreatedColumn:
        return n.dateCreated.toMSecsSinceEpoch();
    }
    return {};
}

namespace {
// Text from the server is shown, never obeyed: a control character or a bidirectional
// override in a friendly name or a URL cannot reorder or hide anything (line breaks of our
// own stay).
QVariant shown(const QVariant &value)
{
    return value.typeId() == QMetaType::QString ? QVariant(Validation::displayLines(value.toString()))
                                                : value;
}
} // namespace

QVariant NumberListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncomingNumber &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shown(display(n, index.column()));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NumberColumn: {
            const QStringList p = problems(n);
            return shown(p.isEmpty() ? QVariant(n.phoneNumber) : QVariant(p.join(u'\n')));
        }
        case VoiceColumn:
        case SmsColumn: {
            const bool voice = index.column() == VoiceColumn;
            const QString url = n.value(voice ? u"VoiceUrl"_s : u"SmsUrl"_s);
            const QString method = n.value(voice ? u"VoiceMethod"_s : u"SmsMethod"_s);
            if (handler(n, voice) == shortUrl(url) && !url.isEmpty())
                return shown(QString(method + u' ' + url));
            return shown(display(n, index.column()));
        }
        case FriendlyNameColumn:
            return shown(display(n, index.column()));
        case CreatedColumn:
            return QLocale().toString(n.dateCreated.toLocalTime(), QLocale::LongFormat);
        }
        return {};
    case NumberRole:
        return QVariant::fromValue(n);
    case SortRole:
        return sortValue(n, index.column());
    case SidRole:
        return n.sid;
    case AttentionRole:
        return !problems(n).isEmpty();
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NumberColumn)
            return problems(n).join(u' ');
        return {};
    }
    return {};
}

QVariant NumberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case FriendlyNameColumn:
        return tr("Friendly name");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case VoiceColumn:
        return tr("Voice");
    case SmsColumn:
        return tr("Messaging");
    case EmergencyColumn:
        return tr("Emergency");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void NumberListModel::setFilter(const NumberFilter &filter)
{
    const PagedEndpoint endpoint = m_numbers.listEndpoint(filter, pageSize());
    m_filter = filter;
    setEndpointQuery(endpoint.query);
}

ApiError NumberListModel::preparePage(const QJsonArray &records, int *count)
{
    QList<IncomingNumber> page;
    page.reserve(records.size());
    const ApiFamily family = accountClient()->family();
    for (qsizetype i = 0; i < records.size(); ++i) {
        IncomingNumber n;
        if (const ApiError e = IncomingNumber::fromJson(records.at(i).toObject(), family, &n);
            e.isError()) {
            return ApiError::transport(ApiError::Kind::Malformed,
                                       tr("Record %1 of the page: %2").arg(i + 1).arg(e.message()));
        }
        page.append(n);
    }
    // A number bought meanwhile may be listed already: update it rather than list it twice.
    *count = m_rows.prepare(page, [this](int row) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    return {};
}

void NumberListModel::appendPreparedRows()
{
    m_rows.appendPrepared();
}

void NumberListModel::clearRows()
{
    m_rows.clear();
}

bool NumberListModel::updateNumber(const IncomingNumber &number)
{
    const int row = rowOf(number.sid);
    if (row < 0)
        return false;
    updateRow(m_rows, row, number);
    return true;
}

int NumberListModel::addNumber(const IncomingNumber &number)
{
    return putRow(m_rows, number, number.sid);
}

bool NumberListModel::removeNumber(const QString &sid)
{
    return removeRows(m_rows, {sid}) > 0;
}

int NumberListModel::removeNumbers(const QStringList &sids)
{
    return removeRows(m_rows, sids);
}
