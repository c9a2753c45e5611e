import { ruleTester } from '../testing/rule-tester';

ruleTester('unterminated-heredoc', {
  valid: [
    'FROM alpine\nRUN <<EOF\necho hi\nEOF\n',
    'FROM alpine\nRUN <<-EOF\n\techo hi\n\tEOF\n',
    'FROM alpine\nCOPY <<a.txt <<"b.txt" /dst/\nA\na.txt\nB\nb.txt\n',
    // not a heredoc: JSON form, quoted, or an instruction that takes none
    'FROM alpine\nRUN ["sh", "-c", "cat <<EOF"]\n',
    "FROM alpine\nRUN echo '<<EOF'\n",
    'FROM alpine\nCMD cat <<EOF\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nRUN cat <<EOF\necho hi\n',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 14, message: 'unterminated heredoc' }],
    },
    {
      // `<<EOF` needs the terminator alone on its line; leading tabs only count with `<<-`
      code: 'FROM alpine\nRUN <<EOF\n\tEOF\n',
      errors: [{ line: 2, column: 5 }],
    },
    {
      code: 'FROM alpine\nCOPY <<A <<B /d/\nx\nA\n',
      errors: [{ line: 2, column: 10, endColumn: 13 }],
    },
    {
      code: 'FROM alpine\nONBUILD RUN <<EOT\n',
      errors: [{ line: 2, column: 13 }],
    },
  ],
});
