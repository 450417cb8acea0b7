/* C side of process start-up, called by _start (crt0.S) with what the
 * kernel put on the initial stack.  It records environ and the auxiliary
 * vector, runs main() and passes its return value to exit(). */
#include "sys.h"

int errno;
char **environ;
static unsigned long *auxv;     /* (key, value) pairs after envp's NULL */

/* Declared here, not in ulib.h, so programs may define main with 0, 2 or
 * 3 parameters: with cdecl the caller pops the arguments, so extra ones
 * are harmless. */
int main(int argc, char **argv, char **envp);
void __start_main(int argc, char **argv, char **envp) __attribute__((noreturn));

void __start_main(int argc, char **argv, char **envp)
{
	char **p = envp;

	environ = envp;
	while (*p)
		p++;
	auxv = (unsigned long *)(p + 1);
	exit(main(argc, argv, envp));
}

unsigned long getauxval(unsigned long type)
{
	unsigned long *a;

	for (a = auxv; a && a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	return 0;
}
