#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

// JSON written straight into a byte buffer, byte for byte as QJsonDocument::toJson(Compact)
// writes the same values: `"` and `\` escaped, \b \f \n \r \t, other characters below U+0020
// as \u00xx (lower-case hex), DEL and everything from U+0080 as UTF-8 (U+2028 included), a
// lone surrogate as \udxxx. For the pages of numbers, which QJsonObject made 15 times slower.
namespace JsonBytes {

// Appends to a QByteArray through a cursor: the buffer grows ahead of what is written (by
// doubling) and is cut to what was written by finish() or the destructor.
//
//     JsonBytes::Writer w(body);
//     w.literal("{\"uri\":");  w.string(uri);  w.literal("}");
class Writer
{
public:
    explicit Writer(QByteArray &buffer);
    ~Writer() { finish(); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Room for `bytes` more without growing.
    void reserve(qsizetype bytes)
    {
        if (m_end - m_cursor < bytes)
            grow(bytes);
    }
    void finish();
    qsizetype size() const { return m_cursor - m_base; } // the buffer's size so far

    void raw(QByteArrayView bytes);
    template <qsizetype N>
    void literal(const char (&text)[N])
    {
        raw(QByteArrayView(text, N - 1));
    }
    void character(char c)
    {
        reserve(1);
        *m_cursor++ = c;
    }

    // The characters of `text` as a JSON string's contents (no quotes).
    void escaped(QStringView text);
    // The same for UTF-8 bytes as SQLite stores text. Only well-formed UTF-8 that SQLite
    // hands back to Qt unchanged is written (not U+FFFE or U+FFFF, surrogates, overlong or
    // cut sequences); for anything else nothing is written and false is returned, so the
    // caller takes the UTF-16 route Qt's driver takes.
    bool escapedUtf8(const char *data, qsizetype size);
    void string(QStringView text); // `"text"`
    void integer(qint64 value);
    void boolean(bool value) { value ? literal("true") : literal("false"); }
    // RFC 2822 in UTC, as both providers send dates: "Thu, 30 Jul 2015 23:19:04 +0000"
    // (contents only), the same text as rfc2822().
    void rfc2822(qint64 secsSinceEpoch);

    // `text` in UTF-8, unescaped; false, with nothing written, at a lone surrogate.
    bool utf8(QStringView text);

private:
    void grow(qsizetype bytes);
    // Writes the characters of `p`..`end` as UTF-8 up to the first ASCII character to
    // escape (with `escape`) or a lone surrogate, and returns where it stopped.
    const char16_t *utf8Run(const char16_t *p, const char16_t *end, bool escape);

    QByteArray &m_buffer;
    char *m_base = nullptr;
    char *m_cursor = nullptr;
    char *m_end = nullptr;
};

// RFC 2822 through QLocale::c() and QDateTime, as NumbersApi::toJson() writes dates: the
// reference, and what years outside 1000 to 9999 take.
QString rfc2822(qint64 secsSinceEpoch);

} // namespace JsonBytes
