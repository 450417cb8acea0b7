/* Memory and string routines, used by the kernel (to copy system call
 * arguments, to clear and copy its structures) and by user programs
 * (through the user runtime).  gcc may also emit calls to memcpy/memset
 * for struct copies, which is why these exact names must exist on both
 * sides.  All are plain C loops but memcpy and memset, which the kernel
 * uses on kilobytes at a time (a task_struct, a signal handler table). */
#include "string.h"

/* Whole 32-bit words with `rep movsl`, then the last 0..3 bytes with
 * `rep movsb`: about one instruction per word where a C loop takes five
 * per byte (a fork clears and copies some 7 KiB of task and signal state:
 * docs/measurements.md).  The direction flag is clear here, as the ABI
 * requires: entry.S clears it on entry to the kernel, and signal delivery
 * clears it for a handler. */
void *memcpy(void *dst, const void *src, size_t n)
{
	void *d = dst;
	size_t words = n / 4;

	asm volatile("rep movsl\n\t"
		     "mov %3, %%ecx\n\t"
		     "rep movsb"
		     : "+D"(d), "+S"(src), "+c"(words) : "r"((unsigned int)(n % 4)) : "memory");
	return dst;
}

/* Like memcpy, but the areas may overlap: copy backwards when the
 * destination starts inside the source. */
void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);
	while (n--)
		d[n] = s[n];
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	void *d = dst;
	size_t words = n / 4;
	unsigned int v = (unsigned char)c * 0x01010101u;

	asm volatile("rep stosl\n\t"
		     "mov %3, %%ecx\n\t"
		     "rep stosb"
		     : "+D"(d), "+c"(words) : "a"(v), "r"((unsigned int)(n % 4)) : "memory");
	return dst;
}

/* Bytes compare as unsigned char, as the C standard requires. */
int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (!*a)
			break;
	}
	return 0;
}

/* The terminating NUL counts as part of the string: strchr(s, 0) finds it. */
char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	for (;; s++) {
		if (*s == (char)c)
			last = s;
		if (!*s)
			return (char *)last;
	}
}

char *strcpy(char *dst, const char *src)
{
	char *d = dst;

	while ((*d++ = *src++))
		;
	return dst;
}

/* C semantics: pads with NULs up to n, and does NOT terminate when src
 * is n bytes or longer. */
char *strncpy(char *dst, const char *src, size_t n)
{
	size_t i = 0;

	for (; i < n && src[i]; i++)
		dst[i] = src[i];
	for (; i < n; i++)
		dst[i] = '\0';
	return dst;
}
