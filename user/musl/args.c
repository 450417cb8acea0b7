/* musl/args: prints its arguments and environment exactly as it received them,
 * one per line, with their lengths — so a test can check that an argument
 * with spaces, quotes, backslashes or commas, or an empty one, arrives
 * whole, and that getenv sees what the kernel put on the initial stack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv)
{
	const char *names[] = { "HOME", "TERM", "PATH" };

	printf("argc = %d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d] (%zu bytes) = [%s]\n", i, strlen(argv[i]), argv[i]);
	for (char **e = environ; *e; e++)
		printf("environ: [%s]\n", *e);
	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *v = getenv(names[i]);

		printf("getenv(\"%s\") = %s%s%s\n", names[i], v ? "\"" : "", v ? v : "NULL", v ? "\"" : "");
	}
	return 0;
}
