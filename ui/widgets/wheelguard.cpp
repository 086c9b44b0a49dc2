#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QScrollBar>

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

WheelGuard *WheelGuard::instance()
{
    static QPointer<WheelGuard> installed;
    if (!installed && qApp) {
        installed = new WheelGuard(qApp);
        qApp->installEventFilter(installed);
    }
    return installed;
}

void WheelGuard::guard(QWidget *root)
{
    WheelGuard *self = instance();
    if (!self || !root || self->m_roots.contains(root))
        return;
    self->m_roots.insert(root);
    connect(root, &QObject::destroyed, self, [self](QObject *gone) { self->m_roots.remove(gone); });
}

bool WheelGuard::guards(const QWidget *widget)
{
    const WheelGuard *self = instance();
    if (!self || !widget)
        return false;
    const bool valueWidget = qobject_cast<const QComboBox *>(widget)
                             || qobject_cast<const QAbstractSpinBox *>(widget)
                             || (qobject_cast<const QAbstractSlider *>(widget)
                                 && !qobject_cast<const QScrollBar *>(widget));
    if (!valueWidget)
        return false;
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (self->m_roots.contains(p))
            return true;
    }
    return false;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Only these events of these few widgets: everything else passes untouched.
    const QEvent::Type type = event->type();
    if (type != QEvent::Wheel && type != QEvent::Polish && type != QEvent::Show)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !guards(widget))
        return false;
    if (type != QEvent::Wheel) {
        // Before it is shown (polished, perhaps before it was put in its place, then shown
        // there): the wheel never gives it the focus.
        if ((widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (widget->hasFocus())
        return false;
    // Not for this widget: ignored, the turn goes on to its parents and scrolls the page.
    event->ignore();
    return true;
}
