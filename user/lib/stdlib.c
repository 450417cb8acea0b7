/* Number parsing for user programs (command-line arguments such as
 * "hello 3" or "forkbomb 50").  Pure user-space code: no system calls. */
#include "sys.h"

/* base 0 means "as C literals": 0x.. hex, 0.. octal, else decimal.
 * Overflow is not detected; arguments here are small. */
long strtol(const char *s, char **end, int base)
{
	unsigned long v = 0;
	int neg = 0, d;

	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] | 32) == 'x') {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = s[0] == '0' ? 8 : 10;
	}
	for (;; s++) {
		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if ((*s | 32) >= 'a' && (*s | 32) <= 'z')
			d = (*s | 32) - 'a' + 10;
		else
			break;
		if (d >= base)
			break;
		v = v * base + d;
	}
	if (end)
		*end = (char *)s;
	return neg ? -(long)v : (long)v;
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}
