/** An LMS that embeds the apprenticeship standards library: run it on the module path or the class path. */
module com.example.lms {
  requires org.apprenticeship.standard.data;
  requires org.apprenticeship.standard.rules;
}
