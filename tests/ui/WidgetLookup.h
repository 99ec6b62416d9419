#pragma once

#include <QList>
#include <QWidget>

// How the GUI tests find widgets: by objectName, as a user's screen reader or a test driver
// would (house style), and the one dialog of a kind that is on screen now.

// The child named `name`; a warning names what is missing (the test then fails on nullptr).
template<typename T>
T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

// The visible child of type T, or nullptr; a closed dialog may linger until its deleteLater.
template<typename T>
T *visible(QWidget *root)
{
    const QList<T *> widgets = root->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}
