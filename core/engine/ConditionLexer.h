#pragma once

#include <QString>
#include <QVector>

namespace latch {

// A token of the condition language, with its 1-based column for error messages.
struct ConditionToken
{
    enum class Kind
    {
        Word,        // identifiers and keywords (keywords are recognised by the parser)
        Text,        // 'quoted' or "quoted"
        Number,      // 42, 3.5
        BracketName, // [any text] after a dot: TMT attribute names such as GUIDs
        LeftParen,
        RightParen,
        LeftBracket,
        RightBracket,
        Comma,
        Dot,
        Operator, // == != < <= > >=
        End
    };

    Kind kind = Kind::End;
    QString text;
    int column = 1;
};

// Splits a condition into tokens. Fails on an unterminated string or a stray character.
class ConditionLexer
{
public:
    static bool tokenize(const QString& source, QVector<ConditionToken>* tokens, QString* error,
                         int* errorColumn);
};

} // namespace latch
