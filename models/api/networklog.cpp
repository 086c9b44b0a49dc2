#include "networklog.h"

#include "apijob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString redacted = u"[redacted]"_s;

// Names of fields whose values are credentials wherever they appear.
bool isSecretName(const QString &name)
{
    // Paging cursors are called tokens but open nothing.
    static const QRegularExpression paging(u"page_?token$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (paging.match(name).hasMatch())
        return false;
    static const QRegularExpression pattern(
        u"token|secret|passw|api[_-]?key|apikey|authoriz|auth$|^auth|signature|credential"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

QJsonValue redactJson(const QJsonValue &value, const QStringList &secrets)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretName(it.key()) && !it.value().isNull())
                it.value() = redacted;
            else
                it.value() = redactJson(it.value(), secrets);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactJson(*it, secrets);
        return array;
    }
    if (value.isString())
        return NetworkLog::redactText(value.toString(), secrets);
    return value;
}

QByteArray cut(const QByteArray &body)
{
    if (body.size() <= NetworkLog::MaxBodyBytes)
        return body;
    return body.left(NetworkLog::MaxBodyBytes) + "\n[…]";
}

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

// Inside double quotes, so that "$VARIABLE" still expands next to it.
QString doubleQuotedLiteral(const QString &text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == u'"' || c == u'\\' || c == u'$' || c == u'`')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}
} // namespace

NetworkLog::NetworkLog(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_clock.start();
}

NetworkLog::~NetworkLog() = default;

void NetworkLog::setCapacity(int capacity)
{
    m_capacity = std::clamp(capacity, 1, int(Capacity));
    if (m_rows.size() > m_capacity)
        dropOldest(int(m_rows.size()) - m_capacity);
}

QString NetworkLog::redactText(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short "secrets" would blank out ordinary text; real ones are long.
        if (secret.size() >= 4)
            text.replace(secret, redacted);
    }
    return text;
}

QUrl NetworkLog::redactUrl(const QUrl &url, const QStringList &secrets)
{
    QUrl clean = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (clean.hasQuery()) {
        QUrlQuery query(clean);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (auto &[key, value] : items)
            value = isSecretName(key) ? redacted : redactText(value, secrets);
        QUrlQuery cleaned;
        cleaned.setQueryItems(items);
        clean.setQuery(cleaned);
    }
    clean.setPath(redactText(clean.path(QUrl::FullyDecoded), secrets), QUrl::DecodedMode);
    return clean;
}

QByteArray NetworkLog::redactBody(const QByteArray &body, const QByteArray &contentType,
                                  const QStringList &secrets)
{
    if (body.isEmpty())
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isNull()) {
        const QJsonValue clean = redactJson(json.isObject() ? QJsonValue(json.object())
                                                            : QJsonValue(json.array()),
                                            secrets);
        return clean.isObject() ? QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(clean.toArray()).toJson(QJsonDocument::Compact);
    }
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        QByteArray clean;
        for (const QByteArray &pair : body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArray key = eq < 0 ? pair : pair.left(eq);
            const QString name = QUrl::fromPercentEncoding(QByteArray(key).replace('+', ' '));
            QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            if (isSecretName(name)) {
                value = redacted.toUtf8();
            } else {
                const QString decoded = QUrl::fromPercentEncoding(value.replace('+', ' '));
                value = QUrl::toPercentEncoding(redactText(decoded, secrets));
            }
            if (!clean.isEmpty())
                clean += '&';
            clean += key + (eq < 0 ? QByteArray() : '=' + value);
        }
        return clean;
    }
    // Anything else: text with the known secrets cut out.
    return redactText(QString::fromUtf8(body), secrets).toUtf8();
}

quint64 NetworkLog::recordStarted(const AccountProfile &profile, const ApiRequest &request)
{
    const QStringList secrets{profile.secret};
    NetworkLogEntry e;
    e.serial = m_nextSerial++;
    e.startedAt = QDateTime::currentDateTime();
    e.account = profile.displayName.isEmpty() ? profile.id : profile.displayName;
    e.profileId = profile.id;
    e.family = profile.family;
    e.method = QString::fromLatin1(request.verb);
    e.url = redactUrl(request.request.url(), secrets);
    e.contentType = request.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    e.requestBody = cut(redactBody(request.body, e.contentType, secrets));
    if (profile.family != ApiFamily::Broadcast)
        e.authUser = profile.user;
    m_started.insert(e.serial, m_clock.elapsed());
    const quint64 serial = e.serial;
    append(std::move(e));
    return serial;
}

void NetworkLog::recordRetry(quint64 serial)
{
    const int row = rowOfSerial(serial);
    if (row < 0)
        return;
    ++m_rows[row].retries;
    emit dataChanged(index(row, RetriesColumn), index(row, RetriesColumn));
}

void NetworkLog::recordFinished(quint64 serial, const ApiResult &result,
                                const QStringList &secrets)
{
    const qint64 startedMs = m_started.take(serial);
    const int row = rowOfSerial(serial);
    if (row < 0)
        return;
    NetworkLogEntry &e = m_rows[row];
    e.durationMs = std::max<qint64>(0, m_clock.elapsed() - startedMs);
    e.httpStatus = result.httpStatus;
    if (!result.ok()) {
        e.error = redactText(result.error.displayText(), secrets);
        e.responseBody = cut(redactBody(result.body, {}, secrets));
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void NetworkLog::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void NetworkLog::append(NetworkLogEntry entry)
{
    if (m_rows.size() >= m_capacity)
        dropOldest(int(m_rows.size()) - m_capacity + 1);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(std::move(entry));
    endInsertRows();
}

void NetworkLog::dropOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i)
        m_started.remove(m_rows.at(i).serial);
    m_rows.remove(0, count);
    endRemoveRows();
}

int NetworkLog::rowOfSerial(quint64 serial) const
{
    if (m_rows.isEmpty())
        return -1;
    const quint64 first = m_rows.constFirst().serial;
    if (serial < first || serial - first >= quint64(m_rows.size()))
        return -1;
    return int(serial - first);
}

NetworkLogEntry NetworkLog::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : NetworkLogEntry();
}

int NetworkLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NetworkLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NetworkLogEntry &e = m_rows.at(index.row());
    switch (role) {
    case SerialRole:
        return e.serial;
    case FailedRole:
        return e.isFailed();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return e.startedAt.time().toString(u"HH:mm:ss.zzz"_s);
        case AccountColumn: return e.account;
        case MethodColumn: return e.method;
        case PathColumn: return e.url.toDisplayString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        case StatusColumn:
            if (!e.isFinished())
                return tr("…");
            return e.httpStatus > 0 ? QString::number(e.httpStatus) : tr("no answer");
        case DurationColumn:
            return e.isFinished() ? tr("%1 ms").arg(QLocale().toString(e.durationMs)) : QString();
        case RetriesColumn: return e.retries;
        case ErrorColumn: return e.error;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TimeColumn: return e.serial;
        case AccountColumn: return e.account;
        case MethodColumn: return e.method;
        case PathColumn: return e.url.path();
        case StatusColumn: return e.httpStatus;
        case DurationColumn: return e.durationMs;
        case RetriesColumn: return e.retries;
        case ErrorColumn: return e.error;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(e.startedAt, QLocale::LongFormat);
        case PathColumn: return e.url.toDisplayString();
        case ErrorColumn: return e.error;
        case AccountColumn: return e.profileId;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case StatusColumn:
        case DurationColumn:
        case RetriesColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant NetworkLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case AccountColumn: return tr("Account");
    case MethodColumn: return tr("Method");
    case PathColumn: return tr("Path");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case RetriesColumn: return tr("Retries");
    case ErrorColumn: return tr("Error");
    }
    return {};
}

QString NetworkLog::secretPlaceholder(const NetworkLogEntry &entry)
{
    switch (entry.family) {
    case ApiFamily::Twilio:
        return entry.authUser.startsWith(u"SK"_s) ? u"$TWILIO_API_SECRET"_s
                                                  : u"$TWILIO_AUTH_TOKEN"_s;
    case ApiFamily::SignalWire:
        return u"$SIGNALWIRE_TOKEN"_s;
    case ApiFamily::Properties:
        return u"$PROPERTIES_AUTH_TOKEN"_s;
    case ApiFamily::Broadcast:
        return u"$BROADCAST_API_KEY"_s;
    }
    return u"$SECRET"_s;
}

QString NetworkLog::curlCommand(int row) const
{
    return row >= 0 && row < m_rows.size() ? curlCommand(m_rows.at(row)) : QString();
}

QString NetworkLog::curlCommand(const NetworkLogEntry &entry)
{
    if (entry.serial == 0)
        return {};
    QStringList lines;
    QString first = u"curl"_s;
    if (entry.method != u"GET"_s)
        first += u" -X "_s + entry.method;
    first += u' ' + shellQuoted(entry.url.toString(QUrl::FullyEncoded));
    lines << first;
    const QString placeholder = secretPlaceholder(entry);
    if (entry.family == ApiFamily::Broadcast)
        lines << u"-H \"X-API-Key: "_s + placeholder + u'"';
    else
        lines << u"-u \""_s + doubleQuotedLiteral(entry.authUser) + u':' + placeholder + u'"';
    lines << u"-H 'Accept: application/json'"_s;
    if (!entry.requestBody.isEmpty()) {
        if (!entry.contentType.isEmpty())
            lines << u"-H "_s + shellQuoted(u"Content-Type: "_s + QString::fromLatin1(entry.contentType));
        lines << u"--data-raw "_s + shellQuoted(QString::fromUtf8(entry.requestBody));
    }
    return lines.join(u" \\\n  "_s);
}
