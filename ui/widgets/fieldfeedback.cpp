#include "fieldfeedback.h"

#include "colors.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QIcon stateIcon(Validation::Verdict verdict, const QWidget *widget)
{
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (verdict == Validation::Verdict::Wrong) {
        return QIcon::fromTheme(u"dialog-error"_s,
                                style->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    return QIcon::fromTheme(u"dialog-warning"_s,
                            style->standardIcon(QStyle::SP_MessageBoxWarning));
}
} // namespace

FieldFeedback::FieldFeedback(QWidget *field, QWidget *labelParent)
    : QObject(field)
    , m_edit(field)
    , m_label(new QLabel(labelParent ? labelParent : field->parentWidget()))
    , m_action(new QAction(this))
{
    m_label->setObjectName(field->objectName() + u"Feedback"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setVisible(false);
    m_label->setAccessibleName(tr("Problem with this field"));
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    m_label->setFont(font);
    updatePalette();

    m_action->setObjectName(field->objectName() + u"FeedbackAction"_s);
    m_action->setVisible(false);
    // A line edit shows the icon inside; other fields (a combo box, a list) only the label.
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->addAction(m_action, QLineEdit::TrailingPosition);
    field->installEventFilter(this);
}

QWidget *FieldFeedback::stacked(QWidget *editor, QWidget *below, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(below);
    return box;
}

void FieldFeedback::show(const Validation::FieldCheck &check)
{
    const QString message = check.isOk() ? QString() : check.reason;
    if (message == m_message && check.verdict == m_verdict)
        return;
    m_message = message;
    m_verdict = check.verdict;

    const bool visible = !m_message.isEmpty();
    m_label->setText(m_message);
    m_label->setVisible(visible);
    updatePalette();
    m_action->setVisible(visible);
    m_action->setToolTip(m_message);
    m_action->setText(m_message);
    if (visible)
        m_action->setIcon(stateIcon(m_verdict, m_edit));
    if (m_edit)
        m_edit->setAccessibleDescription(m_message);
}

void FieldFeedback::setReservesSpace(bool reserve)
{
    QSizePolicy policy = m_label->sizePolicy();
    policy.setRetainSizeWhenHidden(reserve);
    m_label->setSizePolicy(policy);
    m_label->setMinimumHeight(reserve ? m_label->fontMetrics().lineSpacing() : 0);
}

bool FieldFeedback::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::PaletteChange)
        updatePalette();
    return QObject::eventFilter(watched, event);
}

void FieldFeedback::updatePalette()
{
    // Readable on light and dark themes alike.
    const QPalette base = m_edit ? m_edit->palette() : QApplication::palette();
    const bool dark = Colors::isDark(base);
    QColor colour;
    if (m_verdict == Validation::Verdict::Wrong)
        colour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    else
        colour = dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x5a, 0x00);
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, colour);
    m_label->setPalette(palette);
}
