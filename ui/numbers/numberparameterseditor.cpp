#include "numberparameterseditor.h"

#include "numbers/incomingnumber.h"
#include "widgets/fieldfeedback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Validation::FieldCheck;
using Validation::NumberGroup;
using Validation::NumberValue;

namespace {
const char parameterProperty[] = "numberParameter";

QString groupTitle(NumberGroup group)
{
    switch (group) {
    case NumberGroup::Number:
        return NumberParametersEditor::tr("Number");
    case NumberGroup::Voice:
        return NumberParametersEditor::tr("Voice");
    case NumberGroup::Messaging:
        return NumberParametersEditor::tr("Messaging");
    case NumberGroup::Emergency:
        return NumberParametersEditor::tr("Emergency calling");
    case NumberGroup::Regulatory:
        return NumberParametersEditor::tr("Regulatory and address");
    case NumberGroup::Advanced:
        return NumberParametersEditor::tr("Advanced");
    }
    return {};
}

QString toolTipFor(const QString &name)
{
    static const QHash<QString, const char *> tips{
        {u"FriendlyName"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "A name for the number, up to 64 characters. Empty: the formatted number.")},
        {u"VoiceUrl"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "The URL called to answer a call to this number. Not used while a voice application or a trunk is set.")},
        {u"VoiceFallbackUrl"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "Called when the voice URL fails or answers with an error.")},
        {u"VoiceCallerIdLookup"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "Look up the caller's name (CNAM) and pass it to your application. May cost extra.")},
        {u"VoiceApplicationSid"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "An application that handles calls instead of the voice URLs. Setting one clears the trunk, and the reverse.")},
        {u"TrunkSid"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "A SIP trunk that handles calls instead of the voice URLs and application. Setting one clears the voice application, and the reverse.")},
        {u"VoiceReceiveMode"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "Whether the number receives voice calls or faxes.")},
        {u"StatusCallback"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "The URL told about each call's progress.")},
        {u"SmsUrl"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "The URL called when the number receives a message. Not used while an SMS application is set.")},
        {u"SmsFallbackUrl"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "Called when the SMS URL fails.")},
        {u"SmsApplicationSid"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "An application that handles messages instead of the SMS URLs.")},
        {u"EmergencyStatus"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "Whether the number may place emergency calls. Needs a registered emergency address.")},
        {u"EmergencyAddressSid"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "The registered address sent with emergency calls from this number.")},
        {u"AddressSid"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "An address of the account, required by local regulations for some numbers.")},
        {u"IdentitySid"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "An identity of the account, required by the regulations of some regions.")},
        {u"BundleSid"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "A regulatory bundle of the account, required in some regions.")},
        {u"ApiVersion"_s, QT_TRANSLATE_NOOP("NumberParametersEditor", "The API version used for calls to this number's URLs.")},
    };
    const char *tip = tips.value(name);
    const QString text = tip ? QCoreApplication::translate("NumberParametersEditor", tip) : QString();
    return text.isEmpty() ? name : text + u"\n("_s + name + u')';
}
// How a choice reads in the form; the wire value is the item's data.
QString choiceText(const QString &parameter, const QString &value)
{
    if (parameter == u"VoiceReceiveMode")
        return value == u"fax" ? NumberParametersEditor::tr("Faxes") : NumberParametersEditor::tr("Voice calls");
    if (parameter == u"EmergencyStatus")
        return value == u"Active" ? NumberParametersEditor::tr("Active") : NumberParametersEditor::tr("Inactive");
    return value;
}
} // namespace

NumberParametersEditor::NumberParametersEditor(Validation::NumberFamily family,
                                               Validation::NumberOperation operation,
                                               QWidget *parent)
    : QWidget(parent)
    , m_family(family)
    , m_operation(operation)
{
    setObjectName(u"numberParameters"_s);
    build();
}

NumberParametersEditor::~NumberParametersEditor()
{
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

QString NumberParametersEditor::label(const QString &name)
{
    return IncomingNumber::parameterLabel(name);
}

void NumberParametersEditor::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QHash<int, QFormLayout *> forms;
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        if (!p.appliesTo(m_family, m_operation) || p.name == u"AccountSid"
            || p.value == NumberValue::PhoneNumber || p.value == NumberValue::AreaCode)
            continue;
        QFormLayout *form = forms.value(int(p.group));
        if (!form) {
            auto *box = new QGroupBox(groupTitle(p.group), this);
            box->setObjectName(u"group"_s + QString::number(int(p.group)));
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            forms.insert(int(p.group), form);
            m_forms.append(form);
            layout->addWidget(box);
        }
        Field field;
        field.parameter = p;
        m_fields.append(field);
        Field &f = m_fields.last();
        QWidget *parent = form->parentWidget();
        QWidget *editor = makeEditor(f, parent);
        auto *cell = new QWidget(parent);
        auto *stack = new QVBoxLayout(cell);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->setSpacing(2);
        stack->addWidget(editor);
        if (f.feedback)
            stack->addWidget(f.feedback->label());
        if (p.name == u"TrunkSid" || p.name == u"VoiceApplicationSid") {
            f.note = new QLabel(parent);
            f.note->setWordWrap(true);
            f.note->setObjectName(p.name + u"Note"_s);
            f.note->hide();
            stack->addWidget(f.note);
        }
        if (p.value == NumberValue::Boolean) {
            form->addRow(QString(), cell);
        } else {
            auto *label = new QLabel(this->label(p.name) + u':', parent);
            label->setBuddy(editor);
            label->setToolTip(toolTipFor(p.name));
            form->addRow(label, cell);
        }
    }
}

QWidget *NumberParametersEditor::makeEditor(Field &field, QWidget *parent)
{
    const Validation::NumberParameter &p = field.parameter;
    QWidget *widget = nullptr;
    switch (p.value) {
    case NumberValue::Boolean: {
        auto *check = new QCheckBox(label(p.name), parent);
        connect(check, &QCheckBox::toggled, this, [this, name = p.name] { onEdited(name); });
        widget = check;
        break;
    }
    case NumberValue::Method:
    case NumberValue::Choice: {
        auto *combo = new QComboBox(parent);
        for (const QString &choice : p.choices)
            combo->addItem(choiceText(p.name, choice), choice);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, name = p.name] { onEdited(name); });
        widget = combo;
        break;
    }
    default: {
        auto *edit = new QLineEdit(parent);
        edit->setClearButtonEnabled(true);
        if (p.value == NumberValue::Url)
            edit->setPlaceholderText(tr("https://example.com/…"));
        else if (p.value == NumberValue::Sid)
            edit->setPlaceholderText(m_family == Validation::NumberFamily::Twilio
                                         ? p.sidPrefix + u"…"_s
                                         : tr("an identifier such as 4c1e2f6a-…"));
        else if (p.name == u"FriendlyName")
            edit->setPlaceholderText(tr("the formatted number"));
        field.feedback = new FieldFeedback(edit, parent);
        connect(edit, &QLineEdit::textEdited, this, [this, name = p.name] { onEdited(name); });
        connect(edit, &QLineEdit::editingFinished, this, [this, name = p.name] {
            if (Field *f = find(name)) {
                f->visited = true;
                refreshField(*f);
            }
        });
        widget = edit;
        break;
    }
    }
    widget->setObjectName(p.name);
    widget->setProperty(parameterProperty, p.name);
    widget->setToolTip(toolTipFor(p.name));
    widget->setAccessibleName(label(p.name));
    field.widget = widget;
    return widget;
}

QString NumberParametersEditor::valueOf(const Field &field) const
{
    if (auto *check = qobject_cast<QCheckBox *>(field.widget))
        return check->isChecked() ? u"true"_s : u"false"_s;
    if (auto *combo = qobject_cast<QComboBox *>(field.widget))
        return combo->currentData().toString();
    if (auto *edit = qobject_cast<QLineEdit *>(field.widget))
        return edit->text().trimmed();
    return {};
}

void NumberParametersEditor::setValueOf(Field &field, const QString &value)
{
    const QString v = Validation::normalizedNumberValue(field.parameter, value);
    if (auto *check = qobject_cast<QCheckBox *>(field.widget)) {
        check->setChecked(v == u"true");
    } else if (auto *combo = qobject_cast<QComboBox *>(field.widget)) {
        int index = combo->findData(v);
        if (index < 0 && !v.isEmpty()) {
            // A value the rules do not know (a newer server): shown as it is, never lost.
            combo->addItem(v, v);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    } else if (auto *edit = qobject_cast<QLineEdit *>(field.widget)) {
        if (edit->text() != v) {
            edit->setText(v);
            edit->setCursorPosition(0); // the start of a long URL, not its end
        }
    }
}

QHash<QString, QString> NumberParametersEditor::values() const
{
    QHash<QString, QString> result;
    for (const Field &f : m_fields)
        result.insert(f.parameter.name, valueOf(f));
    return result;
}

QStringList NumberParametersEditor::parameterNames() const
{
    QStringList names;
    for (const Field &f : m_fields)
        names << f.parameter.name;
    return names;
}

void NumberParametersEditor::setValues(const QHash<QString, QString> &values)
{
    const QScopedValueRollback guard(m_updating, true);
    for (Field &f : m_fields) {
        if (values.contains(f.parameter.name))
            setValueOf(f, values.value(f.parameter.name));
    }
    for (Field &f : m_fields)
        refreshField(f);
}

void NumberParametersEditor::onEdited(const QString &parameter)
{
    if (m_updating)
        return;
    Field *f = find(parameter);
    if (!f)
        return;
    f->serverError.clear();
    // A trunk and a voice application exclude each other: setting one clears the other,
    // as the server does.
    const QString other = parameter == u"TrunkSid"              ? u"VoiceApplicationSid"_s
                          : parameter == u"VoiceApplicationSid" ? u"TrunkSid"_s
                                                                : QString();
    if (!other.isEmpty() && !valueOf(*f).isEmpty()) {
        if (Field *o = find(other); o && !valueOf(*o).isEmpty()) {
            const QScopedValueRollback guard(m_updating, true);
            setValueOf(*o, {});
            if (f->note) {
                f->note->setText(parameter == u"TrunkSid"
                                     ? tr("The voice application was cleared: a trunk replaces it.")
                                     : tr("The trunk was cleared: a voice application replaces it."));
                f->note->show();
            }
            refreshField(*o);
        }
    }
    refreshField(*f);
    emit valuesChanged();
}

void NumberParametersEditor::refreshField(Field &field)
{
    if (!field.feedback)
        return;
    const QString value = valueOf(field);
    const FieldCheck check = Validation::checkNumberValue(field.parameter, value, m_family);
    if (!field.serverError.isEmpty()) {
        field.feedback->show(FieldCheck::wrong(field.serverError));
    } else if (check.verdict == Validation::Verdict::Wrong
               || (check.verdict == Validation::Verdict::Incomplete && (field.visited || m_showAll))) {
        field.feedback->show(check);
    } else if (field.parameter.value == NumberValue::Url && Validation::isPlainHttpUrl(value)) {
        // A warning, not an error: shown with the Incomplete look, never blocking.
        field.feedback->show(FieldCheck::incomplete(
            tr("Plain http: requests to this URL, and what they carry, are not encrypted.")));
    } else {
        field.feedback->clear();
    }
}

void NumberParametersEditor::setServerError(const QString &parameter, const QString &message)
{
    if (Field *f = find(parameter)) {
        f->serverError = message;
        refreshField(*f);
    }
}

void NumberParametersEditor::clearServerErrors()
{
    for (Field &f : m_fields) {
        if (!f.serverError.isEmpty()) {
            f.serverError.clear();
            refreshField(f);
        }
    }
}

QList<QPair<QString, QString>> NumberParametersEditor::problems() const
{
    QList<QPair<QString, QString>> list;
    for (const Field &f : m_fields) {
        const FieldCheck check = Validation::checkNumberValue(f.parameter, valueOf(f), m_family);
        if (!check.isOk())
            list.append({f.parameter.name, check.reason});
        else if (!f.serverError.isEmpty())
            list.append({f.parameter.name, f.serverError});
    }
    return list;
}

void NumberParametersEditor::showAllProblems()
{
    m_showAll = true;
    for (Field &f : m_fields)
        refreshField(f);
}

QWidget *NumberParametersEditor::fieldWidget(const QString &parameter) const
{
    const Field *f = find(parameter);
    return f ? f->widget : nullptr;
}

void NumberParametersEditor::setEditable(bool editable)
{
    for (const Field &f : m_fields) {
        if (auto *edit = qobject_cast<QLineEdit *>(f.widget))
            edit->setReadOnly(!editable);
        else
            f.widget->setEnabled(editable);
    }
}

void NumberParametersEditor::setLabelsAbove(bool above)
{
    for (QFormLayout *form : std::as_const(m_forms))
        form->setRowWrapPolicy(above ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
}

NumberParametersEditor::Field *NumberParametersEditor::find(const QString &parameter)
{
    for (Field &f : m_fields) {
        if (f.parameter.name == parameter)
            return &f;
    }
    return nullptr;
}

const NumberParametersEditor::Field *NumberParametersEditor::find(const QString &parameter) const
{
    for (const Field &f : m_fields) {
        if (f.parameter.name == parameter)
            return &f;
    }
    return nullptr;
}
