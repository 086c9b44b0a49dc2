#include "timezonepicker.h"

#include "properties/timezonecatalog.h"
#include "validation/propertyrules.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

TimeZonePicker::TimeZonePicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // unknown text never becomes an entry
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(36);
    setMaxVisibleItems(16);

    auto *items = new QStandardItemModel(this);
    for (const TimeZoneInfo &info : TimeZoneCatalog::all()) {
        auto *item = new QStandardItem(info.displayText);
        item->setData(info.windowsId, WindowsIdRole);
        item->setToolTip(info.displayText);
        items->appendRow(item);
    }
    setModel(items);

    auto *completer = new QCompleter(items, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);

    lineEdit()->setPlaceholderText(tr("Type an ID, a city or an offset, e.g. Sydney or +10:00"));
    lineEdit()->setClearButtonEnabled(true);
    setCurrentIndex(-1);
    setEditText({});

    connect(this, &QComboBox::editTextChanged, this, &TimeZonePicker::onTextChanged);
}

QString TimeZonePicker::resolve(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const TimeZoneInfo *info = TimeZoneCatalog::find(trimmed))
        return info->windowsId;
    for (const TimeZoneInfo &info : TimeZoneCatalog::all()) {
        if (info.displayText.compare(trimmed, Qt::CaseInsensitive) == 0)
            return info.windowsId;
    }
    // Qt may know an ID whose zones this system's time zone data lacks: still an ID.
    if (Validation::isWindowsTimeZoneId(trimmed))
        return trimmed;
    return {};
}

void TimeZonePicker::setTimeZoneId(const QString &id)
{
    const QString resolved = resolve(id);
    if (resolved.isEmpty()) {
        setCurrentIndex(-1);
        setEditText(id);
        return;
    }
    const int row = findData(resolved, WindowsIdRole);
    if (row >= 0) {
        setCurrentIndex(row);
        setEditText(itemText(row)); // also when it was current already but the text differed
    } else {
        setCurrentIndex(-1);
        setEditText(resolved);
    }
}

Validation::FieldCheck TimeZonePicker::check() const
{
    if (!m_id.isEmpty())
        return Validation::FieldCheck::ok();
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return Validation::checkWindowsTimeZone(text); // "Time zone is required."

    int matches = 0;
    for (const TimeZoneInfo &info : TimeZoneCatalog::all()) {
        if (info.displayText.contains(text, Qt::CaseInsensitive))
            ++matches;
    }
    if (matches > 0) {
        return Validation::FieldCheck::incomplete(
            tr("“%1” is not a time zone ID: choose one of the %n matching time zones from the list.",
               nullptr, matches).arg(text));
    }
    return Validation::FieldCheck::wrong(
        tr("No Windows time zone matches “%1”. Try a city such as Sydney, or an offset such as +10:00.")
            .arg(text));
}

void TimeZonePicker::onTextChanged(const QString &text)
{
    const QString id = resolve(text);
    if (id == m_id)
        return;
    m_id = id;
    emit timeZoneIdChanged(m_id);
}
