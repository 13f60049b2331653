/**
 * The password rule: at least 10 characters, and not guessable. Guessability is estimated by
 * zxcvbn-ts (its list of common passwords, names and words, keyboard rows, repetitions,
 * sequences, dates, l33t) with the account's own words as extra dictionary: the username and its
 * parts, the display name, the names of the units the account has roles on, the application's
 * name, and a few Vietnamese words people put in passwords. A password needs an estimated 10^8
 * guesses (zxcvbn score 3) or more: out of reach of online guessing behind the lock-out, and of a
 * quick offline attack on an argon2id hash.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import type { Issue } from '../../services/app-error';
import { MIN_PASSWORD_LENGTH } from './password';

/** Who the password is for: their words make a password guessable. */
export interface PasswordContext {
  username: string;
  displayName?: string;
  unitNames?: string[];
}

/** The lowest zxcvbn score accepted (3: about 10^8 guesses). */
const MIN_SCORE = 3;

/** Words of this application and Vietnamese password habits ("matkhau" is "password"). */
const LOCAL_WORDS = ['vedich', 'vềđích', 'matkhau', 'mat-khau', 'nghiquyet', 'daihoi', 'vietnam', 'quantri'];

let factory: ZxcvbnFactory | undefined;

/** The estimator, built at first use (its dictionaries take a moment to load). */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  return factory;
}

/** Lower-case words without Vietnamese marks: "thị xã Bỉm Sơn" → "thi xa bim son". */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The account's words: each name whole, without spaces, and word by word (3+ letters). */
function contextWords(context: PasswordContext): string[] {
  const names = [context.username, context.displayName ?? '', ...(context.unitNames ?? [])].map(plain);
  const words = new Set<string>(LOCAL_WORDS);
  for (const name of names) {
    if (!name) continue;
    words.add(name);
    words.add(name.replace(/[\s._-]+/g, ''));
    for (const part of name.split(/[\s._-]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

const WARNINGS_VI: Record<string, string> = {
  userInputs: 'Mật khẩu chứa tên đăng nhập, họ tên hoặc tên đơn vị của tài khoản.',
  common: 'Mật khẩu quá phổ biến.',
  topTen: 'Mật khẩu nằm trong số mật khẩu phổ biến nhất.',
  topHundred: 'Mật khẩu nằm trong số mật khẩu phổ biến nhất.',
  similarToCommon: 'Mật khẩu gần giống một mật khẩu phổ biến.',
  simpleRepeat: 'Mật khẩu lặp lại một ký tự.',
  extendedRepeat: 'Mật khẩu lặp lại một chuỗi ký tự.',
  sequences: 'Mật khẩu là dãy ký tự liền nhau (abc, 123).',
  keyPattern: 'Mật khẩu theo hàng phím trên bàn phím.',
  straightRow: 'Mật khẩu theo hàng phím trên bàn phím.',
  dates: 'Mật khẩu là ngày tháng, dễ đoán.',
  recentYears: 'Mật khẩu chứa năm gần đây, dễ đoán.',
};
const ADVICE = 'Hãy dùng một cụm từ dài, ít gặp, ví dụ ba bốn từ không liên quan nối bằng dấu gạch.';

/** Issues (at `path`) when the password breaks the rule; empty when it is accepted. */
export function passwordIssues(password: string, context: PasswordContext, path: string): Issue[] {
  if (password.length < MIN_PASSWORD_LENGTH)
    return [{ path, message: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` }];
  const result = estimator().check(password, contextWords(context));
  // Also catch the account's words written with capitals or marks ("BimSon", "Bỉm Sơn").
  const folded =
    plain(password) === password ? result : estimator().check(plain(password), contextWords(context));
  const weakest = folded.score < result.score ? folded : result;
  if (weakest.score >= MIN_SCORE) return [];
  const warning = weakest.feedback.warning ?? '';
  const reason = WARNINGS_VI[warning] ?? 'Mật khẩu quá dễ đoán.';
  return [{ path, message: `${reason} ${ADVICE}` }];
}
