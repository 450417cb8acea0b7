/* vsnprintf/snprintf: the one formatter behind the kernel's log output and
 * the user runtime's printf.  Freestanding: only <stdarg.h>/<stddef.h>,
 * no libgcc (so 64-bit division by 8/10/16 is done by hand below), and no
 * assumption about sizeof(long), so host unit tests can run it on x86_64. */
#include <stdarg.h>
#include <stddef.h>
#include "vsprintf.h"

/* Output cursor: 'len' counts every character produced, even those that
 * did not fit, because vsnprintf returns the untruncated length. */
struct out {
	char  *buf;
	size_t size;
	size_t len;
};

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void pad(struct out *o, char c, int n)
{
	while (n-- > 0)
		put(o, c);
}

/* Divide *n by a small base and return the remainder, using only 32-bit
 * divisions: schoolbook long division on 16-bit "digits".  The partial
 * dividend (rem << 16 | digit) is below base << 16, so it fits in 32 bits.
 * A plain 64-bit '/' would make gcc call __udivdi3 on i386. */
static unsigned int divmod(unsigned long long *n, unsigned int base)
{
	unsigned long long q = 0;
	unsigned int rem = 0;
	int shift;

	for (shift = 48; shift >= 0; shift -= 16) {
		unsigned int cur = rem << 16 | (unsigned int)(*n >> shift & 0xffff);

		q |= (unsigned long long)(cur / base) << shift;
		rem = cur % base;
	}
	*n = q;
	return rem;
}

enum {
	F_LEFT  = 1,   /* '-': pad on the right */
	F_ZERO  = 2,   /* '0': pad with zeros after the sign/prefix */
	F_SPACE = 4,   /* ' ': a blank where a '+' would go */
	F_PLUS  = 8,   /* '+': always print a sign */
	F_ALT   = 16,  /* '#': 0x prefix for hex, leading 0 for octal */
};

/* Print an integer given as magnitude plus sign.  prec < 0 means "not
 * given"; C says precision 0 with value 0 prints no digits at all. */
static void number(struct out *o, unsigned long long v, int neg,
		   unsigned int base, int upper, int flags, int width, int prec)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];                  /* 22 octal digits is the worst case */
	char sign = 0;
	const char *prefix = "";
	int ndig = 0, zeros, plen, total;

	while (v)
		tmp[ndig++] = digits[divmod(&v, base)];

	if (neg)
		sign = '-';
	else if (flags & F_PLUS)
		sign = '+';
	else if (flags & F_SPACE)
		sign = ' ';

	if ((flags & F_ALT) && base == 16 && ndig)
		prefix = upper ? "0X" : "0x";
	plen = (sign != 0) + (prefix[0] ? 2 : 0);

	if (prec < 0)
		prec = 1;              /* at least one digit, "0" for zero */
	zeros = prec > ndig ? prec - ndig : 0;
	/* "#o": the first digit printed must be 0 (padding zeros count). */
	if ((flags & F_ALT) && base == 8 && zeros == 0)
		zeros = 1;

	total = plen + zeros + ndig;
	if (!(flags & F_LEFT) && !(flags & F_ZERO))
		pad(o, ' ', width - total);
	if (sign)
		put(o, sign);
	while (*prefix)
		put(o, *prefix++);
	if (!(flags & F_LEFT) && (flags & F_ZERO))
		pad(o, '0', width - total);
	pad(o, '0', zeros);
	while (ndig)
		put(o, tmp[--ndig]);
	if (flags & F_LEFT)
		pad(o, ' ', width - total);
}

/* A string, cut to prec characters when a precision was given. */
static void string(struct out *o, const char *s, int flags, int width, int prec)
{
	int n = 0, i;

	while ((prec < 0 || n < prec) && s[n])
		n++;
	if (!(flags & F_LEFT))
		pad(o, ' ', width - n);
	for (i = 0; i < n; i++)
		put(o, s[i]);
	if (flags & F_LEFT)
		pad(o, ' ', width - n);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { buf, size, 0 };

	for (; *fmt; fmt++) {
		int flags = 0, width = 0, prec = -1, lng = 0;
		int neg = 0, base = 10, upper = 0;
		unsigned long long v;

		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		const char *start = fmt++;   /* to echo unknown conversions */

		/* flags */
		for (;; fmt++) {
			if (*fmt == '-')      flags |= F_LEFT;
			else if (*fmt == '0') flags |= F_ZERO;
			else if (*fmt == ' ') flags |= F_SPACE;
			else if (*fmt == '+') flags |= F_PLUS;
			else if (*fmt == '#') flags |= F_ALT;
			else break;
		}
		/* width: digits or '*'; a negative '*' means left-justify */
		if (*fmt == '*') {
			width = va_arg(ap, int);
			if (width < 0) {
				flags |= F_LEFT;
				width = -width;
			}
			fmt++;
		} else {
			while (*fmt >= '0' && *fmt <= '9')
				width = width * 10 + (*fmt++ - '0');
		}
		/* precision: a negative '*' counts as "not given" */
		if (*fmt == '.') {
			fmt++;
			prec = 0;
			if (*fmt == '*') {
				prec = va_arg(ap, int);
				if (prec < 0)
					prec = -1;
				fmt++;
			} else {
				while (*fmt >= '0' && *fmt <= '9')
					prec = prec * 10 + (*fmt++ - '0');
			}
		}
		/* length: h=-1 hh=-2 l=1 ll=2 z=3 */
		if (*fmt == 'h') {
			lng = -1;
			if (*++fmt == 'h') {
				lng = -2;
				fmt++;
			}
		} else if (*fmt == 'l') {
			lng = 1;
			if (*++fmt == 'l') {
				lng = 2;
				fmt++;
			}
		} else if (*fmt == 'z') {
			lng = 3;
			fmt++;
		}

		switch (*fmt) {
		case 'd':
		case 'i': {
			long long s;

			if (lng == 2)      s = va_arg(ap, long long);
			else if (lng == 1) s = va_arg(ap, long);
			else if (lng == 3) s = (long)va_arg(ap, size_t);
			else               s = va_arg(ap, int);
			if (lng == -1)     s = (short)s;
			if (lng == -2)     s = (signed char)s;
			neg = s < 0;
			/* negate in unsigned arithmetic: safe for LLONG_MIN */
			v = neg ? -(unsigned long long)s : (unsigned long long)s;
			if (prec >= 0)
				flags &= ~F_ZERO;
			number(&o, v, neg, 10, 0, flags, width, prec);
			continue;
		}
		case 'X':
			upper = 1;
			/* fall through */
		case 'x':
			base = 16;
			goto unsigned_number;
		case 'o':
			base = 8;
			/* fall through */
		case 'u':
		unsigned_number:
			if (lng == 2)      v = va_arg(ap, unsigned long long);
			else if (lng == 1) v = va_arg(ap, unsigned long);
			else if (lng == 3) v = va_arg(ap, size_t);
			else               v = va_arg(ap, unsigned int);
			if (lng == -1)     v = (unsigned short)v;
			if (lng == -2)     v = (unsigned char)v;
			/* '+' and ' ' only apply to signed conversions */
			flags &= ~(F_PLUS | F_SPACE);
			if (prec >= 0)
				flags &= ~F_ZERO;
			number(&o, v, 0, base, upper, flags, width, prec);
			continue;
		case 'p': {
			void *p = va_arg(ap, void *);

			/* Same text as glibc, so kernel and native logs agree. */
			if (!p) {
				string(&o, "(nil)", flags, width, -1);
				continue;
			}
			number(&o, (unsigned long)p, 0, 16, 0, flags | F_ALT,
			       width, prec);
			continue;
		}
		case 's': {
			const char *s = va_arg(ap, const char *);

			string(&o, s ? s : "(null)", flags, width, prec);
			continue;
		}
		case 'c': {
			char c = (char)va_arg(ap, int);

			if (!(flags & F_LEFT))
				pad(&o, ' ', width - 1);
			put(&o, c);
			if (flags & F_LEFT)
				pad(&o, ' ', width - 1);
			continue;
		}
		case '%':
			put(&o, '%');
			continue;
		default:
			/* Unknown or truncated conversion: print it as written. */
			for (; start <= fmt && *start; start++)
				put(&o, *start);
			if (!*fmt)
				fmt--;         /* let the loop see the final NUL */
			continue;
		}
	}

	if (size)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return (int)o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
