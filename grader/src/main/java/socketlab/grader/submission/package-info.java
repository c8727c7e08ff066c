/** A handed-in submission: unpacked safely, its sources found wherever they sit, and compiled per exercise. */
package socketlab.grader.submission;
