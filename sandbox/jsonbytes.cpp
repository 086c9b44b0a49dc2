#include "jsonbytes.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace JsonBytes {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Bytes that cannot go into a JSON string as they are: below U+0020, `"`, `\`, and (for
// UTF-8 input) every byte of a multi-byte sequence, which is checked first.
bool isSpecial(uchar c)
{
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
}

// An ASCII character that must be escaped, as QJsonDocument writes it; returns the new end.
char *writeEscape(char *out, uchar c)
{
    *out++ = '\\';
    switch (c) {
    case '"': *out++ = '"'; break;
    case '\\': *out++ = '\\'; break;
    case '\b': *out++ = 'b'; break;
    case '\f': *out++ = 'f'; break;
    case '\n': *out++ = 'n'; break;
    case '\r': *out++ = 'r'; break;
    case '\t': *out++ = 't'; break;
    default:
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = hexDigit(c >> 4);
        *out++ = hexDigit(c & 0xf);
    }
    return out;
}

bool isContinuation(uchar c)
{
    return (c & 0xc0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at `p` that SQLite reads back as the same
// character, or 0.
int sequenceLength(const uchar *p, const uchar *end)
{
    const uchar lead = p[0];
    const qsizetype left = end - p;
    if (lead >= 0xc2 && lead <= 0xdf)
        return left >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (lead >= 0xe0 && lead <= 0xef) {
        if (left < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
            return 0;
        if (lead == 0xe0 && p[1] < 0xa0)
            return 0; // overlong
        if (lead == 0xed && p[1] >= 0xa0)
            return 0; // a surrogate
        if (lead == 0xef && p[1] == 0xbf && p[2] >= 0xbe)
            return 0; // U+FFFE, U+FFFF: SQLite reads them as U+FFFD
        return 3;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
        if (left < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]))
            return 0;
        if ((lead == 0xf0 && p[1] < 0x90) || (lead == 0xf4 && p[1] >= 0x90))
            return 0; // overlong, or past U+10FFFF
        return 4;
    }
    return 0;
}

constexpr char dayNames[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr char monthNames[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void appendTwoDigits(char *&cursor, int value)
{
    *cursor++ = char('0' + value / 10);
    *cursor++ = char('0' + value % 10);
}

} // namespace

Writer::Writer(QByteArray &buffer)
    : m_buffer(buffer)
{
    const qsizetype used = buffer.size();
    buffer.resize(std::max<qsizetype>(buffer.capacity(), used + 256));
    m_base = buffer.data();
    m_cursor = m_base + used;
    m_end = m_base + buffer.size();
}

void Writer::grow(qsizetype bytes)
{
    const qsizetype used = m_cursor - m_base;
    m_buffer.resize(std::max(used + bytes, 2 * m_buffer.size()));
    m_base = m_buffer.data();
    m_cursor = m_base + used;
    m_end = m_base + m_buffer.size();
}

void Writer::finish()
{
    if (!m_base)
        return;
    m_buffer.resize(m_cursor - m_base);
    m_base = m_cursor = m_end = nullptr;
}

void Writer::raw(QByteArrayView bytes)
{
    reserve(bytes.size());
    std::memcpy(m_cursor, bytes.data(), size_t(bytes.size()));
    m_cursor += bytes.size();
}

void Writer::integer(qint64 value)
{
    reserve(20);
    char digits[20];
    char *d = digits + sizeof digits;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--d = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *m_cursor++ = '-';
    const qsizetype length = digits + sizeof digits - d;
    std::memcpy(m_cursor, d, size_t(length));
    m_cursor += length;
}

const char16_t *Writer::utf8Run(const char16_t *p, const char16_t *end, bool escape)
{
    char *out = m_cursor; // the caller reserved six bytes a character
    while (p != end) {
        const char16_t u = *p;
        if (u < 0x80) {
            if (escape && isSpecial(uchar(u)))
                break;
            *out++ = char(u);
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
            const char32_t ucs4 = QChar::surrogateToUcs4(u, p[1]);
            *out++ = char(0xf0 | (ucs4 >> 18));
            *out++ = char(0x80 | ((ucs4 >> 12) & 0x3f));
            *out++ = char(0x80 | ((ucs4 >> 6) & 0x3f));
            *out++ = char(0x80 | (ucs4 & 0x3f));
            ++p;
        } else {
            break; // a lone surrogate
        }
        ++p;
    }
    m_cursor = out;
    return p;
}

void Writer::escaped(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    reserve(6 * text.size());
    while ((p = utf8Run(p, end, true)) != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            m_cursor = writeEscape(m_cursor, uchar(u));
        } else {
            // A lone surrogate: QJsonDocument writes its code as an escape.
            for (const char c : {'\\', 'u', hexDigit((u >> 12) & 0xf), hexDigit((u >> 8) & 0xf),
                                 hexDigit((u >> 4) & 0xf), hexDigit(u & 0xf)})
                *m_cursor++ = c;
        }
    }
}

bool Writer::utf8(QStringView text)
{
    const qsizetype start = m_cursor - m_base; // reserve() may move the buffer
    const char16_t *const end = text.utf16() + text.size();
    reserve(3 * text.size());
    if (utf8Run(text.utf16(), end, false) == end)
        return true;
    m_cursor = m_base + start;
    return false;
}

bool Writer::escapedUtf8(const char *data, qsizetype size)
{
    reserve(6 * size);
    char *out = m_cursor;
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *const end = p + size;
    while (p != end) {
        const uchar c = *p;
        if (!isSpecial(c)) {
            *out++ = char(c);
            ++p;
        } else if (c < 0x80) {
            out = writeEscape(out, c);
            ++p;
        } else {
            const int length = sequenceLength(p, end);
            if (length == 0)
                return false; // m_cursor not moved: nothing written
            for (int i = 0; i < length; ++i)
                *out++ = char(*p++);
        }
    }
    m_cursor = out;
    return true;
}

void Writer::string(QStringView text)
{
    character('"');
    escaped(text);
    character('"');
}

void Writer::rfc2822(qint64 secs)
{
    // Days to a civil date in the proleptic Gregorian calendar, as QDateTime counts them
    // (Howard Hinnant's civil_from_days).
    qint64 days = secs / 86400;
    qint64 second = secs % 86400;
    if (second < 0) {
        second += 86400;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
        escaped(JsonBytes::rfc2822(secs));
        return;
    }
    const int weekday = int(((days % 7) + 7 + 4) % 7); // 1970-01-01 was a Thursday

    reserve(31); // "Thu, 30 Jul 2015 23:19:04 +0000"
    char *cursor = m_cursor;
    for (int i = 0; i < 3; ++i)
        *cursor++ = dayNames[weekday][i];
    *cursor++ = ',';
    *cursor++ = ' ';
    appendTwoDigits(cursor, day);
    *cursor++ = ' ';
    for (int i = 0; i < 3; ++i)
        *cursor++ = monthNames[month - 1][i];
    *cursor++ = ' ';
    appendTwoDigits(cursor, int(year / 100));
    appendTwoDigits(cursor, int(year % 100));
    *cursor++ = ' ';
    appendTwoDigits(cursor, int(second / 3600));
    *cursor++ = ':';
    appendTwoDigits(cursor, int(second / 60 % 60));
    *cursor++ = ':';
    appendTwoDigits(cursor, int(second % 60));
    for (const char c : {' ', '+', '0', '0', '0', '0'})
        *cursor++ = c;
    m_cursor = cursor;
}

QString rfc2822(qint64 secs)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                                 u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

} // namespace JsonBytes
