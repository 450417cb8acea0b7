/* fault_ud2: an undefined instruction.  The CPU raises #UD (vector 6);
 * the kernel must translate it into SIGILL for this process. */
#include "ulib.h"

int main(void)
{
	printf("about to execute ud2\n");
	__asm__ volatile("ud2");
	printf("survived!?\n");
	return 0;
}
